using System.Net;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>Notebook views show statements (act, speech, speakers, occasion, words) and inference marks.</summary>
public sealed class StatementViewTests
{
    private static readonly DiplomaticGraph Graph = YamlGraphReader.Load(Fixture.Path("who-said-what.yaml"));

    [Fact]
    public void A_statement_card_shows_its_act_speech_speakers_occasion_and_labelled_words()
    {
        var html = Graph.Card("dar-alleges-militants").ToDisplayString("text/html");

        Assert.Contains(">accuse (CAMEO 09, 11)</td>", html, StringComparison.Ordinal);
        Assert.Contains(">reported</td>", html, StringComparison.Ordinal);
        Assert.Contains(">Ishaq Dar (speaker), Pakistan (on-behalf-of)</td>", html, StringComparison.Ordinal);
        Assert.Contains(">Dar–Muttaqi talks in Kabul</td>", html, StringComparison.Ordinal);
        Assert.Contains("Words (reported: the article&#39;s, not the speaker&#39;s)", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"dg-quote\">", html, StringComparison.Ordinal);
        Assert.Contains("Dar alleged that militants operate from Afghan soil", html, StringComparison.Ordinal);
        Assert.Contains("https://news.example.org/2025/04/dar-in-kabul", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_show_on_entities_relations_and_history_rows()
    {
        var dar = Graph.Card("ishaq-dar").ToDisplayString("text/plain");
        var pakistan = Graph.Card("pakistan").ToDisplayString("text/plain");
        var history = Graph.Timeline("pakistan").ToTable("Pakistan").ToDisplayString("text/html");

        Assert.Contains("inferred: the article says", dar, StringComparison.Ordinal);
        Assert.Contains("as on-behalf-of [inferred: Dar speaks as Foreign Minister", Cli.CliHarness.Flat(pakistan), StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("said (accuse, reported): Dar says militants operate from Afghan soil at Dar–Muttaqi talks in Kabul"), history, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("inferred: Dar speaks as Foreign Minister"), history, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_citation_shows_as_its_dataset_and_record_never_as_a_quote()
    {
        var html = Graph.Card(Graph.Relations.Single(r => r.Id == "icews-consult")).ToDisplayString("text/html");

        Assert.Contains("ICEWS record 26870000", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<q>26870000", html, StringComparison.Ordinal);
        Assert.Contains("cameo: 040", html, StringComparison.Ordinal);
    }
}
