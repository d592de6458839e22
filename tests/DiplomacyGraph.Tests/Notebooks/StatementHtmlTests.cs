using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>Notebook views show statements (act, speech, speakers, occasion, words) and inference marks.</summary>
public sealed class StatementHtmlTests
{
    private static readonly DiplomaticGraph Graph = YamlGraphReader.Load(Fixture.Path("who-said-what.yaml"));

    [Fact]
    public void A_statement_card_shows_its_act_speech_speakers_occasion_and_labelled_words()
    {
        var dom = HtmlDom.Parse(Graph.Card("dar-alleges-militants").ToDisplayString("text/html"));

        var rows = HtmlDom.Rows(dom, "table.dg-entity");
        Assert.Contains(rows, r => r[0] == "Act" && r[1] == "accuse (CAMEO 09, 11)");
        Assert.Contains(rows, r => r[0] == "Speech" && r[1] == "reported");
        Assert.Contains(rows, r => r[0] == "Said by" && r[1] == "Ishaq Dar (speaker), Pakistan (on-behalf-of)");
        Assert.Contains(rows, r => r[0] == "At" && r[1] == "Dar–Muttaqi talks in Kabul");
        var words = dom.QuerySelectorAll("table.dg-entity tbody tr").Single(tr => tr.QuerySelector("td")!.TextContent == "Words (reported: the article's, not the speaker's)");
        var quote = Assert.Single(words.QuerySelectorAll("div.dg-quote"));
        Assert.Contains("Dar alleged that militants operate from Afghan soil", quote.TextContent, StringComparison.Ordinal);
        Assert.Contains(dom.QuerySelectorAll("div.dg-sources a.dg-url"), a => a.GetAttribute("href") == "https://news.example.org/2025/04/dar-in-kabul");
    }

    [Fact]
    public void Marks_show_on_entities_relations_and_history_rows()
    {
        var dar = Graph.Card("ishaq-dar").ToDisplayString("text/plain");
        var pakistan = Graph.Card("pakistan").ToDisplayString("text/plain");
        var history = HtmlDom.Parse(Graph.Timeline("pakistan").ToTable("Pakistan").ToDisplayString("text/html"));

        Assert.Contains("inferred: the article says", dar, StringComparison.Ordinal);
        Assert.Contains("as on-behalf-of [inferred: Dar speaks as Foreign Minister", Cli.CliHarness.Flat(pakistan), StringComparison.Ordinal);
        var cells = history.QuerySelectorAll("table.dg-history tbody td").Select(td => td.TextContent).ToList();
        Assert.Contains(cells, c => c.Contains("said (accuse, reported): Dar says militants operate from Afghan soil at Dar–Muttaqi talks in Kabul", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Contains("inferred: Dar speaks as Foreign Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_citation_shows_as_its_dataset_and_record_never_as_a_quote()
    {
        var dom = HtmlDom.Parse(Graph.Card(Graph.Relations.Single(r => r.Id == "icews-consult")).ToDisplayString("text/html"));

        Assert.Contains(dom.QuerySelectorAll("div.dg-quote"), e => e.TextContent.StartsWith("ICEWS record 26870000", StringComparison.Ordinal));
        Assert.DoesNotContain(dom.QuerySelectorAll("div.dg-quote q, q"), q => q.TextContent.Contains("26870000", StringComparison.Ordinal));
        Assert.Contains(dom.QuerySelectorAll("td"), td => td.TextContent.Contains("cameo: 040", StringComparison.Ordinal));
    }
}
