using System.Xml.Linq;
using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>Query results through the real notebook formatter: history, timeline, paths and contradictions, as parsed HTML.</summary>
public sealed class QueryHtmlTests
{
    private static readonly DiplomaticGraph Seeds = DiplomacyGraph.Seeds.Load();
    private static ResolvedCitation Cited(string source, string quote) => new(new DiplomacyGraph.Model.QuoteCitation(source, quote), source.ToUpperInvariant());

    private static readonly string[] Ids = [.. Seeds.Entities.Select(e => e.Id)];

    [Fact]
    public void A_history_shows_every_row_with_its_date_as_written_names_not_ids_and_each_quote_once()
    {
        var history = Seeds.History("pakistan", "afghanistan");

        var dom = HtmlDom.Parse(history.ToTable("Pakistan–Afghanistan", Seeds).ToDisplayString("text/html"));

        Assert.Equal(["Date", "What", "Party", "With", "Details", "Quotes"], HtmlDom.Headers(dom, "table.dg-history"));
        var rows = dom.QuerySelectorAll("table.dg-history tbody tr").ToList();
        Assert.Equal(history.Length, rows.Count);
        for (var i = 0; i < history.Length; i++)
        {
            var cells = rows[i].QuerySelectorAll("td").ToList();
            Assert.Equal(history[i].Time.ToString(), cells[0].TextContent);
            var details = cells[4].TextContent;
            Assert.DoesNotContain(Ids, id => id.Contains('-', StringComparison.Ordinal) && details.Contains(id, StringComparison.Ordinal));
            var quotes = cells[5].QuerySelectorAll(".dg-quote").Select(q => q.TextContent).ToList();
            Assert.Equal(quotes.Count, quotes.Distinct().Count());
            Assert.All(quotes, q => Assert.DoesNotContain("““", q, StringComparison.Ordinal));
            Assert.All(quotes, q => Assert.DoesNotContain("””", q, StringComparison.Ordinal));
        }

        var recognizes = rows.Where(r => r.QuerySelectorAll("td")[1].TextContent == "recognizes").Select(r => r.QuerySelectorAll("td")[4].TextContent).ToList();
        Assert.Contains(recognizes, details => details.Contains("denied by Pakistan", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.QuerySelectorAll("td")[4].TextContent.Contains("via Muhammad Sadiq —holds-office→", StringComparison.Ordinal));
        Assert.Single(dom.QuerySelectorAll("div.dg-sources"));
        Assert.Equal(history.SelectMany(h => h.Citations).Select(c => c.SourceId).Distinct().Count(), dom.QuerySelectorAll("div.dg-sources li").Length);
    }

    [Fact]
    public void A_quote_with_its_own_quotation_marks_gets_no_second_pair_and_inner_marks_become_single()
    {
        Assert.Equal("“No decision has been made”", QuoteText.Quoted("“No decision has been made”"));
        Assert.Equal("“remains a ‘distant prospect.’”", QuoteText.Quoted("remains a “distant prospect.”"));
        Assert.Equal("“plain words”", QuoteText.Quoted("plain words"));
        Assert.Equal("“remains a ‘distant prospect.’”", QuoteText.Quoted("remains a \"distant prospect.\""));
        Assert.Equal("“No decision”", QuoteText.Quoted("«No decision»"));
    }

    [Fact]
    public void A_quote_another_quote_of_the_same_source_holds_is_shown_once()
    {
        ResolvedCitation[] citations = [Cited("a", "Sadiq met Muttaqi"), Cited("a", "Sadiq met Muttaqi on March 22"), Cited("b", "Sadiq met Muttaqi"), Cited("a", "Sadiq met Muttaqi"), Cited("a", "‘Sadiq met Muttaqi on March 22"), new(new DiplomacyGraph.Model.RecordCitation("c", "ICEWS", "1"), "C")];

        var shown = QuoteText.Distinct(citations);

        Assert.Equal([("a", "“Sadiq met Muttaqi on March 22”"), ("b", "“Sadiq met Muttaqi”"), ("c", "ICEWS record 1")], shown.Select(q => (Assert.Single(q.Sources).SourceId, q.Shown)));
    }

    [Fact]
    public void A_timeline_draws_one_mark_per_row()
    {
        var timeline = Seeds.Timeline("muhammad-sadiq");

        var image = timeline.ToTimelineSvg("Sadiq");

        var marks = XDocument.Parse(image.Markup).Descendants().Where(e => (string?)e.Attribute("class") == "event").ToList();
        Assert.Equal(timeline.Length, marks.Count);
        SvgTests.AssertSelfContained(image.Markup);
        Assert.StartsWith($"Timeline: {timeline.Length} events, ", image.ToDisplayString("text/plain"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_shows_hop_by_hop_with_each_quote_and_its_footnoted_source()
    {
        var path = Seeds.ShortestPath("ishaq-dar", "amir-khan-muttaqi")!;

        var dom = HtmlDom.Parse(path.ToDisplayString("text/html"));

        Assert.Equal($"Path: {path} ({path.Length} hops)", dom.QuerySelector("table.dg-path caption")!.TextContent);
        var rows = HtmlDom.Rows(dom, "table.dg-path");
        Assert.Equal(path.Hops.Select(h => (h.Time.ToString(), h.From.Name, h.To.Name, QuoteText.Shown(h.FirstCitation))), rows.Select(r => (r[0], r[1], r[3], r[4][..r[4].LastIndexOf('[')])));
        Assert.Equal(path.Hops.Select(h => h.FirstCitation.SourceTitle).Distinct(), dom.QuerySelectorAll("div.dg-sources li cite").Select(c => c.TextContent));
        Assert.Contains(path.Hops[0].Time.ToString(), path.ToDisplayString("text/plain"), StringComparison.Ordinal);
    }

    [Fact]
    public void Contradictions_show_both_claims_by_name_with_their_quotes()
    {
        var contradictions = Seeds.Contradictions();
        Assert.NotEmpty(contradictions);

        var dom = HtmlDom.Parse(contradictions.ToTable(Seeds).ToDisplayString("text/html"));

        var rows = dom.QuerySelectorAll("table.dg-contradictions tbody tr").ToList();
        Assert.Equal(contradictions.Length, rows.Count);
        var claims = dom.QuerySelectorAll(".dg-claim").Select(c => c.TextContent).ToList();
        Assert.All(claims, claim => Assert.DoesNotContain(Ids, id => id.Contains('-', StringComparison.Ordinal) && claim.Contains(id, StringComparison.Ordinal)));
        Assert.All(contradictions, c => Assert.Contains(dom.QuerySelectorAll(".dg-quote"), q => q.TextContent.Contains(c.Second.Citations[0].Quote!.Trim('“', '”'), StringComparison.Ordinal)));
    }
}
