using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>
/// Each field of the one <see cref="QueryFilter"/>, through every path query and the neighbourhood. The graph: two routes from
/// a to b — a -met-> x(person) -met-> b on 2025-03-22, and a -briefed-> y(organization) &lt;-briefed- b in 2025-03 — plus a
/// direct alleged met (2025-04-01) and a direct denied met. Each filter leaves a known set of relations walkable.
/// </summary>
public class QueryFilterTests
{
    private static readonly DiplomaticGraph Graph = Builder()
        .AddEntity(Entity("a")).AddEntity(Entity("b")).AddEntity(Entity("x")).AddEntity(Entity("y", EntityKind.Organization))
        .AddRelation(Relation("a-x", "met", "a", "x", "2025-03-22"))
        .AddRelation(Relation("x-b", "met", "x", "b", "2025-03-22"))
        .AddRelation(Relation("a-y", "briefed", "a", "y", "2025-03"))
        .AddRelation(Relation("b-y", "briefed", "b", "y", "2025-03"))
        .AddRelation(Relation("a-b-alleged", "met", "a", "b", "2025-04-01", assertion: Assertion.Alleged, claimedBy: "x"))
        .AddRelation(Relation("a-b-denied", "met", "a", "b", "2025-04-01", assertion: Assertion.Denied, claimedBy: "y"))
        .Build();

    private static HashSet<T> Set<T>(params T[] items) => [.. items];

    public static TheoryData<string, QueryFilter, string[]> Filters => new()
    {
        { "default: stated only", new QueryFilter(), ["a-x", "x-b", "a-y", "b-y"] },
        { "widened to alleged", new QueryFilter { Assertions = Set(Assertion.Stated, Assertion.Alleged) }, ["a-x", "x-b", "a-y", "b-y", "a-b-alleged"] },
        { "alleged only", new QueryFilter { Assertions = Set(Assertion.Alleged) }, ["a-b-alleged"] },
        { "denied only: nothing", new QueryFilter { Assertions = Set(Assertion.Denied) }, [] },
        { "types", new QueryFilter { OnlyTypes = Set("met") }, ["a-x", "x-b"] },
        { "avoid kinds", new QueryFilter { AvoidKinds = Set(EntityKind.Person) }, ["a-y", "b-y"] },
        { "through kinds", new QueryFilter { ThroughKinds = Set(EntityKind.Person) }, ["a-x", "x-b"] },
        { "window, possibly", new QueryFilter { Window = DateRange.Parse("2025-03-22") }, ["a-x", "x-b", "a-y", "b-y"] },
        { "window, certainly", new QueryFilter { Window = DateRange.Parse("2025-03-22"), WindowMatch = WindowMatch.Certainly }, ["a-x", "x-b"] },
        { "window, possibly, other day", new QueryFilter { Window = DateRange.Parse("2025-03-10") }, ["a-y", "b-y"] },
        { "directed", new QueryFilter { Directed = true }, ["a-x", "x-b"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void All_paths_walk_exactly_the_relations_the_filter_allows(string why, QueryFilter filter, string[] allowed)
    {
        Assert.Equal(allowed.Order(), Walked(Graph.AllPaths("a", "b", 3, filter)).Order());
        _ = why;
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void K_shortest_paths_walk_exactly_the_relations_the_filter_allows(string why, QueryFilter filter, string[] allowed)
    {
        Assert.Equal(allowed.Order(), Walked(Graph.KShortestPaths("a", "b", 10, filter)).Order());
        _ = why;
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void Shortest_cheapest_and_earliest_paths_use_only_allowed_relations_and_exist_when_any_route_does(string why, QueryFilter filter, string[] allowed)
    {
        var found = new[]
        {
            Graph.ShortestPath("a", "b", filter),
            Graph.CheapestPath("a", "b", r => r.Type == "met" ? 1 : 2, filter),
            Graph.EarliestArrival("a", "b", new DateOnly(2025, 1, 1), TimeOrderMode.Lenient, filter)?.Path,
        };

        foreach (var path in found)
        {
            Assert.Equal(allowed.Length > 0, path is not null);
            Assert.Subset(allowed.ToHashSet(), Walked(path is null ? [] : [path]).ToHashSet());
        }

        _ = why;
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void The_neighbourhood_holds_exactly_the_relations_the_filter_allows(string why, QueryFilter filter, string[] allowed)
    {
        // Direction says only how entities are reached; the slice keeps every allowed relation among them (b-y joins b and y).
        // Avoided kinds are not reached at all (b is a person), unlike a path's ends.
        string[] expected = filter.Directed ? [.. allowed, "a-y", "b-y"] : filter.AvoidKinds is not null ? ["a-y"] : allowed;
        Assert.Equal(expected.Order(), Graph.Neighbourhood("a", 2, filter).Relations.Select(r => r.Id).Order());
        _ = why;
    }

    [Fact]
    public void Widening_to_alleged_makes_the_direct_hop_and_it_shows_its_assertion()
    {
        var path = Graph.ShortestPath("a", "b", new QueryFilter { Assertions = Set(Assertion.Stated, Assertion.Alleged) });

        var hop = Assert.Single(path!.Hops);
        Assert.Equal(Assertion.Alleged, hop.Assertion);
        Assert.Equal("a-b-alleged", hop.Relation.Id);
        Assert.Equal(2, Graph.ShortestPath("a", "b")!.Length);
        Assert.All(Graph.ShortestPath("a", "b")!.Hops, h => Assert.Equal(Assertion.Stated, h.Assertion));
    }

    [Fact]
    public void The_filter_tells_possibly_from_certainly_inside_a_window()
    {
        var filter = new QueryFilter { Window = DateRange.Parse("2025-03-22") };

        Assert.Equal(WindowMatch.Certainly, filter.Fit(DateRange.Parse("2025-03-22")));
        Assert.Equal(WindowMatch.Possibly, filter.Fit(DateRange.Parse("2025-03")));
        Assert.Equal(WindowMatch.Possibly, filter.Fit(DateRange.Unknown));
        Assert.Null(filter.Fit(DateRange.Parse("2025-04")));
        Assert.Null((filter with { WindowMatch = WindowMatch.Certainly }).Fit(DateRange.Parse("2025-03")));
        Assert.Equal(WindowMatch.Certainly, QueryFilter.Default.Fit(DateRange.Unknown));
    }

    private static IEnumerable<string> Walked(IEnumerable<GraphPath> paths) => paths.SelectMany(p => p.Hops).Select(h => h.Relation.Id).Distinct();
}
