using System.Net;
using System.Xml.Linq;
using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>Query results through the real notebook formatter: history, timeline, paths and contradictions.</summary>
public sealed class QueryViewTests
{
    private static readonly DiplomaticGraph Seeds = DiplomacyGraph.Seeds.Load();

    [Fact]
    public void A_history_displays_every_row_with_its_date_and_citations()
    {
        var history = Seeds.History("pakistan", "afghanistan", viaMembers: true);

        var html = history.ToTable("Pakistan–Afghanistan").ToDisplayString("text/html");

        Assert.StartsWith("<table class=\"dg-history\">", html, StringComparison.Ordinal);
        Assert.Equal(history.Length, html.Split("<tr><td").Length - 1);
        Assert.All(history, row => Assert.Contains(WebUtility.HtmlEncode(row.Citations[0].Quote!), html, StringComparison.Ordinal));
        Assert.All(history, row => Assert.Contains($"<cite>{WebUtility.HtmlEncode(row.Citations[0].SourceTitle)}</cite>", html, StringComparison.Ordinal));
        Assert.Contains("Ambassador Sadiq met with Afghanistan’s Acting Foreign Minister, Amir Khan Muttaqi, on March 22", html, StringComparison.Ordinal);
        Assert.StartsWith($"Pakistan–Afghanistan ({history.Length} rows)", history.ToTable("Pakistan–Afghanistan").ToDisplayString("text/plain"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeline_draws_one_mark_per_row()
    {
        var timeline = Seeds.Timeline("muhammad-sadiq");

        var markup = timeline.ToTimelineSvg("Sadiq").Markup;

        var marks = XDocument.Parse(markup).Descendants().Where(e => (string?)e.Attribute("class") == "event").ToList();
        Assert.Equal(timeline.Length, marks.Count);
        SvgTests.AssertSelfContained(markup);
        Assert.StartsWith("<table class=\"dg-history\">", timeline.ToTable("Sadiq").ToDisplayString("text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_displays_hop_by_hop_with_quotes()
    {
        var path = Seeds.ShortestPath("ishaq-dar", "amir-khan-muttaqi")!;

        var html = path.ToDisplayString("text/html");

        Assert.StartsWith("<table class=\"dg-path\">", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode($"Path: {path}"), html, StringComparison.Ordinal);
        Assert.All(path.Hops, hop => Assert.Contains($"<q>{WebUtility.HtmlEncode(hop.FirstCitation.Quote)}</q> — <cite>{WebUtility.HtmlEncode(hop.FirstCitation.SourceTitle)}</cite>", html, StringComparison.Ordinal));
        Assert.Contains(path.Hops[0].Time.ToString(), path.ToDisplayString("text/plain"), StringComparison.Ordinal);
    }

    [Fact]
    public void Contradictions_display_both_claims_with_citations()
    {
        var contradictions = Seeds.Contradictions();
        Assert.NotEmpty(contradictions);

        var html = contradictions.ToTable().ToDisplayString("text/html");

        Assert.StartsWith("<table class=\"dg-contradictions\">", html, StringComparison.Ordinal);
        Assert.All(contradictions, c => Assert.Contains(WebUtility.HtmlEncode(c.Second.Citations[0].Quote!), html, StringComparison.Ordinal));
    }
}
