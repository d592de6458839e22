using AngleSharp.Dom;
using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>The HTML report page as parsed by an HTML5 parser: its sections, rows, footnotes and self-containment.</summary>
public sealed class ReportTests
{
    private static readonly DiplomaticGraph Seeds = DiplomacyGraph.Seeds.Load();
    private static readonly string[] Sections = ["summary", "timeline", "history", "statements", "contradictions", "network", "sources"];

    public static TheoryData<string> Subjects => ["whole", "entity", "pair"];

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Every_page_has_the_sections_in_order_with_a_heading_each_and_a_navigation_to_them(string subject)
    {
        var dom = HtmlDom.Parse(Page(subject));

        Assert.Equal(Sections, dom.QuerySelectorAll("main > section").Select(s => s.Id));
        Assert.All(dom.QuerySelectorAll("main > section"), s => Assert.NotNull(s.QuerySelector("h2")));
        Assert.Equal(Sections.Select(s => "#" + s), dom.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")));
        Assert.Single(dom.QuerySelectorAll("h1"));
        Assert.Equal("en", dom.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(dom.QuerySelector("meta[name=viewport]"));
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void The_page_is_self_contained_no_script_no_external_font_image_or_stylesheet_and_a_policy_forbidding_them(string subject)
    {
        var html = Page(subject);
        var dom = HtmlDom.Parse(html);

        Assert.Empty(dom.QuerySelectorAll("script, link, iframe, object, embed, img, image, use, base, form"));
        var policy = dom.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        var css = string.Concat(dom.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", css, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains("@media (max-width:", css, StringComparison.Ordinal);
        Assert.All(dom.QuerySelectorAll("a[href]"), a => Assert.True(a.GetAttribute("href")!.StartsWith('#') || a.ClassList.Contains("dg-url"), $"a link leaves the page: {a.OuterHtml}"));
        Assert.All(dom.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_pair_page_has_one_history_row_per_event_with_dates_as_written_and_names_not_ids()
    {
        var history = Seeds.History("pakistan", "afghanistan");

        var dom = HtmlDom.Parse(Seeds.Report("Pakistan", "Afghanistan"));

        var rows = dom.QuerySelectorAll("#history table.dg-history tbody tr").ToList();
        Assert.Equal(history.Length, rows.Count);
        Assert.Equal(history.Select(h => h.Time.ToString()), rows.Select(r => r.QuerySelector("td")!.TextContent));
        Assert.All(rows.SelectMany(r => r.QuerySelectorAll("td")), td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
        var ids = Seeds.Entities.Select(e => e.Id).Where(id => id.Contains('-', StringComparison.Ordinal)).ToList();
        Assert.All(rows, r => Assert.DoesNotContain(ids, id => r.TextContent.Contains(id, StringComparison.Ordinal)));
        Assert.Equal(2, dom.QuerySelectorAll("#summary dt").Count(dt => dt.TextContent == "Party"));
        Assert.Contains(dom.QuerySelectorAll("#summary dd"), dd => dd.TextContent == "2021 – 2025-05-20");
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Every_quote_points_to_a_source_in_the_one_list_at_the_end_which_gives_title_and_date(string subject)
    {
        var dom = HtmlDom.Parse(Page(subject));

        var items = dom.QuerySelectorAll("#sources li").ToList();
        Assert.NotEmpty(items);
        Assert.Single(dom.QuerySelectorAll(".dg-sources"));
        Assert.Equal(Enumerable.Range(1, items.Count).Select(n => $"source-{n}"), items.Select(li => li.Id));
        var links = dom.QuerySelectorAll("sup.dg-ref a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Contains(items, li => "#" + li.Id == href));
        Assert.All(items, li => Assert.Contains(links, href => href == "#" + li.Id));
        Assert.All(items, li => Assert.Contains(Seeds.Sources, s => li.QuerySelector("cite")!.TextContent == s.Title && li.TextContent.Contains(s.Published.IsUnknown ? "publication date unknown" : $"published {s.Published}", StringComparison.Ordinal)));
        if (subject == "whole")
        {
            Assert.Equal(Seeds.Sources.Length, items.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Each_quote_appears_once_per_row_in_one_pair_of_quotation_marks(string subject)
    {
        var dom = HtmlDom.Parse(Page(subject));

        foreach (var row in dom.QuerySelectorAll("main tbody tr"))
        {
            var quotes = row.QuerySelectorAll(".dg-quote").Select(Words).ToList();
            Assert.Equal(quotes.Count, quotes.Distinct().Count());
            Assert.All(quotes, q => Assert.False(q.StartsWith("““", StringComparison.Ordinal) || q.EndsWith("””", StringComparison.Ordinal), q));
        }
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void The_drawings_are_inline_svg_with_title_desc_and_a_caption_saying_what_they_show(string subject)
    {
        var dom = HtmlDom.Parse(Page(subject));

        var timeline = dom.QuerySelector("#timeline figure")!;
        Assert.NotNull(timeline.QuerySelector("svg > title"));
        Assert.StartsWith("Timeline: ", timeline.QuerySelector("svg > desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(timeline.QuerySelector("svg > desc")!.TextContent, timeline.QuerySelector("figcaption")!.TextContent);
        Assert.StartsWith("Ego graph: ", dom.QuerySelector("#network figure figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_entity_page_lists_its_relations_and_only_contradictions_that_concern_it()
    {
        var sadiq = Seeds.Resolve("Sadiq");

        var dom = HtmlDom.Parse(Seeds.Report("Sadiq"));

        Assert.Equal(Seeds.Timeline(sadiq.Id).Length, dom.QuerySelectorAll("#history tbody tr").Length);
        Assert.True(dom.QuerySelectorAll("#contradictions tbody tr").Length <= Seeds.Contradictions().Length);
        Assert.Equal($"{sadiq.Name}: what the sources say", dom.Title);
    }

    [Fact]
    public void The_whole_graph_page_lists_every_meeting()
    {
        var dom = HtmlDom.Parse(Seeds.Report());

        Assert.Equal(Seeds.EntitiesOfKind(DiplomacyGraph.Model.EntityKind.Meeting).Length, dom.QuerySelectorAll("#history table.dg-meetings tbody tr").Length);
        Assert.Equal(Seeds.Contradictions().Length, dom.QuerySelectorAll("#contradictions tbody tr").Length);
    }

    [Fact]
    public void An_unknown_name_is_an_error_listing_nothing_half_written()
    {
        Assert.Throws<EntityResolutionException>(() => Seeds.Report("Nobody At All"));
    }

    private static string Words(IElement quote) => quote.TextContent[..quote.TextContent.LastIndexOf('[')];

    private static string Page(string subject) => subject switch
    {
        "whole" => Seeds.Report(),
        "entity" => Seeds.Report("Muhammad Sadiq"),
        _ => Seeds.Report("Pakistan", "Afghanistan"),
    };
}
