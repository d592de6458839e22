using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

public class EntityResolverTests
{
    private static readonly DiplomaticGraph Graph = Builder()
        .AddEntity(new Entity { Id = "amir-khan-muttaqi", Kind = EntityKind.Person, Name = "Amir Khan Muttaqi" })
        .AddEntity(new Entity { Id = "shafqat-ali-khan", Kind = EntityKind.Person, Name = "Shafqat Ali Khan" })
        .AddEntity(new Entity { Id = "muhammad-sadiq", Kind = EntityKind.Person, Name = "Muhammad Sadiq", Aliases = ["Mohammad Sadiq"] })
        .Build();

    [Theory]
    [InlineData("muhammad-sadiq", "muhammad-sadiq")]
    [InlineData("Mohammad Sadiq", "muhammad-sadiq")]
    [InlineData("muhammad sadiq", "muhammad-sadiq")]
    [InlineData("Sadiq", "muhammad-sadiq")]
    [InlineData("Ali Khan", "shafqat-ali-khan")]
    public void A_name_resolves_by_id_then_name_or_alias_then_whole_words(string name, string id)
    {
        Assert.Equal(id, Graph.Resolve(name).Id);
    }

    [Fact]
    public void An_ambiguous_name_lists_every_candidate_and_picks_none()
    {
        var error = Assert.Throws<EntityResolutionException>(() => Graph.Resolve("Khan"));

        Assert.Equal(["amir-khan-muttaqi", "shafqat-ali-khan"], error.Candidates.Select(c => c.Id));
        Assert.Contains("ambiguous", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sadik")]
    [InlineData("Kha")]
    [InlineData("---")]
    public void There_is_no_fuzzy_guessing(string name)
    {
        Assert.Empty(Assert.Throws<EntityResolutionException>(() => Graph.Resolve(name)).Candidates);
    }
}
