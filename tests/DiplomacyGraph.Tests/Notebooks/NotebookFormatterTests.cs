using System.Net;
using DiplomacyGraph.Model;
using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>The views as a notebook shows them: through the real .NET Interactive formatter, which finds ours by convention.</summary>
public sealed class NotebookFormatterTests
{
    private const string SadiqMuttaqiQuote = "Ambassador Sadiq met with Afghanistan’s Acting Foreign Minister, Amir Khan Muttaqi, on March 22";

    private static readonly DiplomaticGraph Seeds = DiplomacyGraph.Seeds.Load();

    [Fact]
    public void An_entity_card_displays_as_our_table_with_its_citations_and_its_relations()
    {
        var sadiq = Seeds.Resolve("Muhammad Sadiq");

        var html = Seeds.Card("Muhammad Sadiq").ToDisplayString("text/html");

        Assert.StartsWith("<table class=\"dg-entity\">", html, StringComparison.Ordinal);
        Assert.Contains("Muhammad Sadiq — Person (muhammad-sadiq)", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"dg-relations\">", html, StringComparison.Ordinal);
        Assert.Contains($"<q>{WebUtility.HtmlEncode(SadiqMuttaqiQuote)}", html, StringComparison.Ordinal);
        var relation = Seeds.RelationsOf(sadiq.Id)[0];
        Assert.Contains($"<cite>{WebUtility.HtmlEncode(Seeds.GetSource(relation.Citations[0].SourceId).Title)}</cite>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(relation.Time.ToString()), html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_shows_its_time_status_and_the_quotes_for_each()
    {
        var meeting = Seeds.Resolve("sadiq-muttaqi-meeting-2025-03-22");

        var html = meeting.ToDisplayString("text/html");

        Assert.Contains($"<td style=\"text-align:left;vertical-align:top\">When</td><td style=\"text-align:left;vertical-align:top\"><span style=\"white-space:nowrap\">{meeting.Meeting!.Time}</span>", html, StringComparison.Ordinal);
        Assert.Contains($">{meeting.Meeting.Status}</td>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(SadiqMuttaqiQuote), html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_card_displays_as_a_row_with_date_names_and_source_title()
    {
        var relation = Seeds.RelationsOf("muhammad-sadiq").First(r => r.Type == "attended");
        var citation = relation.Citations[0];

        var html = Seeds.Card(relation).ToDisplayString("text/html");

        Assert.StartsWith("<table class=\"dg-relation\">", html, StringComparison.Ordinal);
        Assert.Contains($"<td style=\"text-align:left;vertical-align:top\"><span style=\"white-space:nowrap\">{WebUtility.HtmlEncode(relation.Time.ToString())}</span></td><td style=\"text-align:left;vertical-align:top\">Muhammad Sadiq</td><td style=\"text-align:left;vertical-align:top\">attended</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<q>{WebUtility.HtmlEncode(citation.QuoteOf())}</q> — <cite>{WebUtility.HtmlEncode(Seeds.GetSource(citation.SourceId).Title)}</cite>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_entity_or_relation_shows_its_own_facts_and_cites_sources_by_id()
    {
        var sadiq = Seeds.Resolve("Muhammad Sadiq");
        var relation = Seeds.RelationsOf(sadiq.Id)[0];

        var html = sadiq.ToDisplayString("text/html");

        Assert.StartsWith("<table class=\"dg-entity\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dg-relations", html, StringComparison.Ordinal);
        Assert.Contains($"<q>{WebUtility.HtmlEncode(sadiq.Citations[0].QuoteOf())}</q> — <cite>{sadiq.Citations[0].SourceId}</cite>", html, StringComparison.Ordinal);
        Assert.Contains($"<cite>{relation.Citations[0].SourceId}</cite>", relation.ToDisplayString("text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_graph_displays_as_its_summary()
    {
        var summary = GraphSummary.Of(Seeds);

        var html = Seeds.ToDisplayString("text/html");

        Assert.StartsWith("<table class=\"dg-graph\">", html, StringComparison.Ordinal);
        Assert.Contains($"Diplomatic graph: {Seeds.Entities.Length} entities, {Seeds.Relations.Length} relations", html, StringComparison.Ordinal);
        Assert.Contains($"Entities: Meeting</td><td style=\"text-align:left;vertical-align:top\">{Seeds.EntitiesOfKind(EntityKind.Meeting).Length}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"Relations: attended</td><td style=\"text-align:left;vertical-align:top\">{Seeds.Relations.Count(r => r.Type == "attended")}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"{summary.Earliest:yyyy-MM-dd} … {summary.Latest:yyyy-MM-dd}", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_front_ends_get_readable_lines_with_dates_and_quotes()
    {
        var sadiq = Seeds.Resolve("Muhammad Sadiq");
        var relation = Seeds.RelationsOf(sadiq.Id)[0];

        var text = Seeds.Card(sadiq).ToDisplayString("text/plain");

        Assert.StartsWith("Muhammad Sadiq — Person (muhammad-sadiq)", text, StringComparison.Ordinal);
        Assert.Contains($"  {relation.Time}  Muhammad Sadiq —{relation.Type}→", text, StringComparison.Ordinal);
        Assert.Contains($"“{relation.Citations[0].QuoteOf()}” — {Seeds.GetSource(relation.Citations[0].SourceId).Title}", text, StringComparison.Ordinal);
        Assert.StartsWith($"Diplomatic graph: {Seeds.Entities.Length} entities", Seeds.ToDisplayString("text/plain"), StringComparison.Ordinal);
        Assert.StartsWith(relation.Time.ToString(), relation.ToDisplayString("text/plain"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_from_the_data_is_html_escaped()
    {
        var graph = new GraphBuilder()
            .AddSource(new Source { Id = "s", Title = "Title <b>&amp;" })
            .AddEntity(new Entity { Id = "x", Kind = EntityKind.Person, Name = "<script>alert(1)</script>", Citations = [new QuoteCitation("s", "he said \"<i>\" & left")] })
            .AddEntity(TestGraphs.Entity("y"))
            .AddRelation(new Relation { Id = "r", Type = "met", From = "x", To = "y", Role = "<role>", Citations = [new QuoteCitation("s", "<q>")] })
            .Build();

        var html = graph.Card("x").ToDisplayString("text/html");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<role>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<q>he said &quot;&lt;i&gt;&quot; &amp; left</q> — <cite>Title &lt;b&gt;&amp;amp;</cite>", html, StringComparison.Ordinal);
        Assert.Contains("<q>&lt;q&gt;</q>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_image_displays_as_the_drawing_itself()
    {
        var image = Seeds.ToEgoGraphSvg(Seeds.Resolve("Muhammad Sadiq"));

        Assert.Equal(image.Markup, image.ToDisplayString("text/html"));
        Assert.Equal(image.Markup, image.ToDisplayString("image/svg+xml"));
        Assert.StartsWith("[SVG ", image.ToDisplayString("text/plain"), StringComparison.Ordinal);
    }
}
