using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using Newtonsoft.Json.Linq;
using static DiplomacyGraph.Tests.Cli.CliHarness;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Journalist;

/// <summary>Issue 15, point 2: search over quotes, names, aliases and source texts.</summary>
public class SearchTests
{
    private const string Text = "The minister said talks were “constructive.” Nobody cited this sentence about the Café. A third one.";

    private static readonly DiplomaticGraph Small = Builder()
        .AddEntity(new Entity { Id = "minister", Kind = EntityKind.Person, Name = "Ana Ministra", Aliases = ["The Minister"] })
        .AddEntity(new Entity { Id = "other", Kind = EntityKind.Person, Name = "Bo Other" })
        .AddRelation(Relation("said", "met", "minister", "other", "2025-01-02", citations: [Cite("talks were “constructive.”")]))
        .Build();

    private static string? SourceText(Source _) => Text;

    [Fact]
    public void A_quote_is_found_in_its_sentence_with_the_fact_that_cites_it()
    {
        var hit = Assert.Single(Small.Search("Constructive", SourceText));

        Assert.Equal(SearchField.Quote, hit.Field);
        Assert.Equal("The minister said talks were “constructive.”", hit.Text);
        Assert.Equal("said", hit.Relation!.Id);
        Assert.Equal("Ana Ministra —met→ Bo Other (2025-01-02)", hit.Fact);
        Assert.Equal(TestGraphs.Source, hit.Citation!.SourceId);
    }

    [Fact]
    public void A_sentence_no_fact_cites_is_shown_as_uncited_and_accents_and_case_are_ignored()
    {
        var hit = Assert.Single(Small.Search("cafe", SourceText));

        Assert.True(hit.Uncited);
        Assert.Equal(SearchField.SourceText, hit.Field);
        Assert.Equal("Nobody cited this sentence about the Café.", hit.Text);
    }

    [Fact]
    public void A_phrase_in_quote_marks_must_appear_in_order_while_words_may_not()
    {
        Assert.Empty(Small.Search("“constructive talks”", SourceText));
        Assert.NotEmpty(Small.Search("constructive talks", SourceText));
    }

    [Fact]
    public void Names_rank_before_quotes_and_the_limit_keeps_the_best()
    {
        var hits = Small.Search("minister", SourceText);

        Assert.Equal(SearchField.Alias, hits[0].Field);
        Assert.Equal("minister", hits[0].Entity!.Id);
        Assert.Single(Small.Search("minister", SourceText, limit: 1));
    }

    [Fact]
    public void Who_said_distant_prospect_on_the_seeds()
    {
        var (code, output, _) = Run("search", "\"distant prospect\"");

        Assert.Equal(0, code);
        var flat = Flat(output);
        // The sentence is cited by the Foreign Office's statement first, then by the relations resting on it.
        Assert.Contains("quoted for Foreign Office reaffirms that recognition of the Afghan Taliban remains a “distant prospect” (statement)", flat, StringComparison.Ordinal);
        Assert.Contains("Pakistan —recognizes→ Taliban (unknown) [denied by Pakistan’s Foreign Office]", flat, StringComparison.Ordinal);
        Assert.Contains("official recognition of the Afghan Taliban remains a ‘distant prospect.’” [1]", flat, StringComparison.Ordinal);
        Assert.Contains("[1] (no headline) Islamabad— Pakistan’s Foreign Office", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_json_lists_hits_with_facts_and_limit_applies()
    {
        var (code, output, _) = Run("search", "Muttaqi", "--limit", "2", "--json");

        Assert.Equal(0, code);
        Assert.Equal(2, JObject.Parse(output)["hits"]!.Count());
    }
}
