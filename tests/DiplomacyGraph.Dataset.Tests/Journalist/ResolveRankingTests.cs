using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.Cli.CliHarness;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Journalist;

/// <summary>Issue 15, point 1: the entity a person means, ranked; ties stay ambiguous; near misses are suggested; offices find holders.</summary>
public class ResolveRankingTests
{
    private static readonly DiplomaticGraph Small = Builder()
        .AddEntity(new Entity { Id = "azizi", Kind = EntityKind.Person, Name = "Nooruddin Azizi" })
        .AddEntity(new Entity { Id = "khan-a", Kind = EntityKind.Person, Name = "Amir Khan Muttaqi" })
        .AddEntity(new Entity { Id = "khan-b", Kind = EntityKind.Person, Name = "Shafqat Ali Khan" })
        .AddEntity(new Entity { Id = "paper", Kind = EntityKind.Organization, Name = "The Daily Paper" })
        .AddEntity(new Entity { Id = "reader", Kind = EntityKind.Person, Name = "Official who spoke to The Daily Paper (unnamed)" })
        .AddEntity(new Entity { Id = "land", Kind = EntityKind.Country, Name = "Landia" })
        .AddEntity(Meeting("azizi-talks", "2025-03") is var m ? new Entity { Id = m.Id, Kind = m.Kind, Name = "Sadiq–Azizi talks", Meeting = m.Meeting, Citations = m.Citations } : null!)
        .AddRelation(Relation("office", "holds-office", "khan-a", "land", "2025", role: "Deputy Prime Minister"))
        .Build();

    [Theory]
    [InlineData("Azizi", "azizi")]            // the person before the meeting named after him
    [InlineData("Daily Paper", "paper")]      // "The Daily Paper" without its article, before a longer name containing it
    [InlineData("Deputy PM", "khan-a")]        // an office finds its holder
    [InlineData("DPM of Landia", "khan-a")]
    [InlineData("Landia's Deputy Prime Minister", "khan-a")]
    [InlineData("Sadiq–Azizi talks", "azizi-talks")]
    public void The_best_ranked_candidate_resolves(string name, string id) => Assert.Equal(id, Small.Resolve(name).Id);

    [Fact]
    public void A_tie_at_the_top_rank_stays_ambiguous_and_lists_each_candidate_once()
    {
        var error = Assert.Throws<EntityResolutionException>(() => Small.Resolve("Khan"));

        Assert.Equal(["khan-a", "khan-b"], error.Candidates.Select(c => c.Id));
        Assert.Empty(error.Suggestions);
    }

    [Theory]
    [InlineData("Mutaqi", "khan-a")]
    [InlineData("Nuruddin Azizi", "azizi")]
    [InlineData("Noorudin Azizy", "azizi")]
    [InlineData("Landa", "land")]
    public void A_near_miss_is_suggested_never_taken(string name, string id)
    {
        var error = Assert.Throws<EntityResolutionException>(() => Small.Resolve(name));

        Assert.Empty(error.Candidates);
        Assert.Equal(id, error.Suggestions[0].Id);
        Assert.Contains("Did you mean", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Something_far_from_every_name_gets_no_suggestion() =>
        Assert.Empty(Assert.Throws<EntityResolutionException>(() => Small.Resolve("Beijing")).Suggestions);

    [Theory]
    [InlineData("Azizi", "Nooruddin Azizi  (Person, id nooruddin-azizi)")]
    [InlineData("Shafqat", "Shafqat Ali Khan  (Person, id shafqat-ali-khan)")]
    [InlineData("Ishaq", "Ishaq Dar  (Person, id ishaq-dar)")]
    [InlineData("Amir Khan", "Amir Khan Muttaqi  (Person, id amir-khan-muttaqi)")]
    [InlineData("Express Tribune", "The Express Tribune  (Organization, id the-express-tribune)")]
    [InlineData("Deputy PM", "Ishaq Dar  (Person, id ishaq-dar)")]
    [InlineData("Foreign Minister of Pakistan", "Ishaq Dar  (Person, id ishaq-dar)")]
    public void Show_on_the_seeds_finds_the_entity_a_journalist_means(string name, string firstLine)
    {
        var (code, output, error) = Run("show", name);

        Assert.True(code == 0, error);
        Assert.StartsWith(firstLine, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mutaqi", "Amir Khan Muttaqi  (Person, id amir-khan-muttaqi)")]
    [InlineData("Mohammed Sadiq", "Muhammad Sadiq  (Person, id muhammad-sadiq)")]
    [InlineData("Nuruddin Azizi", "Nooruddin Azizi  (Person, id nooruddin-azizi)")]
    public void Show_of_a_misspelling_on_the_seeds_says_did_you_mean(string name, string suggestion)
    {
        var (code, _, error) = Run("show", name);

        Assert.Equal(1, code);
        Assert.StartsWith($"No entity is called '{name}'. Did you mean:", error, StringComparison.Ordinal);
        Assert.Contains("  " + suggestion, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_khan_on_the_seeds_prints_each_candidate_once()
    {
        var (code, _, error) = Run("show", "Khan");

        Assert.Equal(1, code);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(error, "shafqat-ali-khan"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(error, "amir-khan-muttaqi"));
        Assert.DoesNotContain("khan-weekly-press-briefing", error, StringComparison.Ordinal);
    }
}
