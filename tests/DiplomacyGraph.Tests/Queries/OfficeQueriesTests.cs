using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Queries;

public class OfficeQueriesTests
{
    private static readonly DiplomaticGraph Graph = MiniDiplomacy.Build();

    [Theory]
    [InlineData("Foreign Minister", "fm")]
    [InlineData("foreign-minister", "fm")]
    [InlineData("SPECIAL ENVOY", "envoy")]
    public void Office_holders_match_the_role_by_name_key(string role, string holder)
    {
        var holders = Graph.OfficeHolders("pakistan", role, new DateOnly(2025, 4, 1));

        Assert.Equal([holder], holders.Select(h => h.Holder.Id));
        Assert.Equal("holds-office", holders[0].Office.Type);
    }

    [Fact]
    public void Office_holders_are_those_whose_office_time_overlaps_the_date()
    {
        Assert.Empty(Graph.OfficeHolders("pakistan", "Foreign Minister", new DateOnly(2024, 12, 31)));
        Assert.Empty(Graph.OfficeHolders("pakistan", "Foreign Minister", new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void An_acting_office_is_the_same_office_and_a_vague_term_is_only_possibly_held()
    {
        var holder = Assert.Single(Graph.OfficeHolders("afghanistan", "Foreign Minister", new DateOnly(2025, 4, 1)));

        Assert.Equal("acting Foreign Minister", holder.Office.Role);
        Assert.False(holder.Certainly);
        Assert.EndsWith("possibly", holder.ToString(), StringComparison.Ordinal);
    }
}
