using DiplomacyGraph.Model;
using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>The views as a notebook shows them: through the real .NET Interactive formatter, which finds ours by convention; checked as parsed HTML.</summary>
public sealed class NotebookFormatterTests
{
    private const string SadiqMuttaqiQuote = "Ambassador Sadiq met with Afghanistan’s Acting Foreign Minister, Amir Khan Muttaqi, on March 22";

    private static readonly DiplomaticGraph Seeds = DiplomacyGraph.Seeds.Load();

    [Fact]
    public void An_entity_card_shows_its_facts_its_relations_by_name_and_one_footnoted_source_list()
    {
        var sadiq = Seeds.Resolve("Muhammad Sadiq");

        var dom = HtmlDom.Parse(Seeds.Card("Muhammad Sadiq").ToDisplayString("text/html"));

        Assert.Equal("Muhammad Sadiq — Person", dom.QuerySelector("table.dg-entity caption")!.TextContent);
        var relations = HtmlDom.Rows(dom, "table.dg-relations");
        Assert.Equal(Seeds.RelationsOf(sadiq.Id).Length, relations.Count);
        Assert.All(relations, row => Assert.DoesNotContain(row, cell => cell == sadiq.Id));
        Assert.All(Seeds.RelationsOf(sadiq.Id), r => Assert.Contains(relations, row => row[0] == r.Time.ToString() && row[2] == r.Type && row[3] == Seeds.GetEntity(r.To).Name));
        Assert.Contains(dom.QuerySelectorAll(".dg-quote"), q => q.TextContent.Contains(SadiqMuttaqiQuote, StringComparison.Ordinal));
        var sources = dom.QuerySelectorAll("div.dg-sources li").Select(li => li.QuerySelector("cite")!.TextContent).ToList();
        var cited = Seeds.RelationsOf(sadiq.Id).SelectMany(r => r.Citations).Concat(sadiq.Citations).Select(c => c.SourceId).Distinct().ToList();
        Assert.Equal(cited.Count, sources.Count);
        Assert.Single(dom.QuerySelectorAll("div.dg-sources"));
        Assert.All(HtmlDom.Markers(dom), n => Assert.InRange(n, 1, sources.Count));
    }

    [Fact]
    public void A_meeting_shows_its_time_as_written_each_status_and_its_quotes()
    {
        var meeting = Seeds.Resolve("sadiq-muttaqi-meeting-2025-03-22");

        var dom = HtmlDom.Parse(meeting.ToDisplayString("text/html"));

        var rows = HtmlDom.Rows(dom, "table.dg-entity");
        Assert.Contains(rows, r => r[0] == "When" && r[1] == meeting.Meeting!.Time.ToString());
        Assert.Equal(meeting.Meeting!.Statuses.Select(s => s.Status.ToString()), rows.Where(r => r[0] == "Status").Select(r => r[1]));
        Assert.Contains(rows, r => r[0] == "Cited" && r[2].Contains(SadiqMuttaqiQuote, StringComparison.Ordinal));
    }

    [Fact]
    public void A_relation_card_names_both_ends_and_footnotes_its_source()
    {
        var relation = Seeds.RelationsOf("muhammad-sadiq").First(r => r.Type == "attended");

        var dom = HtmlDom.Parse(Seeds.Card(relation).ToDisplayString("text/html"));

        var row = Assert.Single(HtmlDom.Rows(dom, "table.dg-relation"));
        Assert.Equal([relation.Time.ToString(), "Muhammad Sadiq", "attended", Seeds.GetEntity(relation.To).Name], row[..4]);
        Assert.Equal(Seeds.GetSource(relation.Citations[0].SourceId).Title, dom.QuerySelector("div.dg-sources li cite")!.TextContent);
        Assert.Equal([1], HtmlDom.Markers(dom).Distinct());
    }

    [Fact]
    public void A_bare_entity_or_relation_shows_its_own_facts_and_cites_sources_by_id()
    {
        var sadiq = Seeds.Resolve("Muhammad Sadiq");

        var dom = HtmlDom.Parse(sadiq.ToDisplayString("text/html"));

        Assert.NotNull(dom.QuerySelector("table.dg-entity"));
        Assert.Null(dom.QuerySelector("table.dg-relations"));
        Assert.Equal(sadiq.Citations[0].SourceId, dom.QuerySelector("div.dg-sources li cite")!.TextContent);
    }

    [Fact]
    public void The_graph_displays_as_its_summary_with_fuzzy_dates_as_written()
    {
        var dom = HtmlDom.Parse(Seeds.ToDisplayString("text/html"));

        var rows = HtmlDom.Rows(dom, "table.dg-graph").ToDictionary(r => r[0], r => r[1]);
        Assert.Equal($"Diplomatic graph: {Seeds.Entities.Length} entities, {Seeds.Relations.Length} relations", dom.QuerySelector("caption")!.TextContent);
        Assert.Equal(Seeds.EntitiesOfKind(EntityKind.Meeting).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), rows["Entities: Meeting"]);
        // The seeds' dates run from "2021/.." to "2025": the span says so, not "2021-01-01 … 2025-12-31".
        Assert.Equal("2021 – 2025", rows["Dates"]);
        Assert.Contains("dates 2021 – 2025", Seeds.ToDisplayString("text/plain"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_notebook_plain_text_card_is_what_the_cli_prints_one_renderer_for_both()
    {
        var notebook = Seeds.Card(Seeds.Resolve("Muhammad Sadiq")).ToDisplayString("text/plain");
        var cli = Cli.CliHarness.Run("show", "muhammad-sadiq").Out;

        Assert.Equal(cli.ReplaceLineEndings("\n").TrimEnd(), notebook.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void Plain_text_front_ends_get_readable_lines_with_dates_and_quotes()
    {
        var sadiq = Seeds.Resolve("Muhammad Sadiq");
        var relation = Seeds.RelationsOf(sadiq.Id)[0];

        var text = Seeds.Card(sadiq).ToDisplayString("text/plain");

        Assert.StartsWith("Muhammad Sadiq  (Person, id muhammad-sadiq)", text, StringComparison.Ordinal);
        Assert.Contains($"  {relation.Time}  —{relation.Type}→", text, StringComparison.Ordinal);
        Assert.Contains($"“{relation.Citations[0].QuoteOf()}” [", Cli.CliHarness.Flat(text), StringComparison.Ordinal);
        Assert.Contains($"] {Seeds.GetSource(relation.Citations[0].SourceId).Title}", Cli.CliHarness.Flat(text), StringComparison.Ordinal);
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

        var dom = HtmlDom.Parse(graph.Card("x").ToDisplayString("text/html"));

        Assert.Empty(dom.QuerySelectorAll("script, i, role, b"));
        Assert.Equal("<script>alert(1)</script> — Person", dom.QuerySelector("table.dg-entity caption")!.TextContent);
        Assert.Contains(dom.QuerySelectorAll(".dg-quote"), q => q.TextContent == "“he said ‘<i>’ & left”[1]");
        Assert.Contains(dom.QuerySelectorAll(".dg-quote"), q => q.TextContent == "“<q>”[1]");
        Assert.Equal("Title <b>&amp;", dom.QuerySelector("div.dg-sources li cite")!.TextContent);
    }

    [Fact]
    public void An_svg_image_displays_as_the_drawing_itself_and_as_words_for_text_front_ends()
    {
        var image = Seeds.ToEgoGraphSvg(Seeds.Resolve("Muhammad Sadiq"));

        Assert.Equal(image.Markup, image.ToDisplayString("text/html"));
        Assert.Equal(image.Markup, image.ToDisplayString("image/svg+xml"));
        var text = image.ToDisplayString("text/plain");
        Assert.StartsWith("Ego graph: Muhammad Sadiq and ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SVG", text, StringComparison.Ordinal);
    }
}
