using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Queries;

public class PathQueriesTests
{
    private static readonly DiplomaticGraph Graph = MiniDiplomacy.Build();

    private static string[] Ids(GraphPath? path) => [.. path!.Entities.Select(e => e.Id)];

    [Fact]
    public void Shortest_path_is_undirected_by_default_and_each_hop_has_relation_date_and_first_citation()
    {
        var path = Graph.ShortestPath("fm", "minister");

        Assert.Equal(["fm", "envoy", "minister"], Ids(path));
        Assert.Equal(["envoy-briefed-fm", "envoy-met-minister"], path!.Hops.Select(h => h.Relation.Id));
        Assert.False(path.Hops[0].Forward);
        Assert.Equal("after 2025-03-22", path.Hops[0].Time.ToString());
        Assert.Equal(new ResolvedCitation(new QuoteCitation(TestGraphs.Source, "a quote"), "A note"), path.Hops[1].FirstCitation);
    }

    [Fact]
    public void Directed_paths_follow_relation_direction_only()
    {
        Assert.Equal(["envoy", "fm"], Ids(Graph.ShortestPath("envoy", "fm", new QueryFilter { Directed = true })));
        Assert.Null(Graph.ShortestPath("fm", "envoy", new QueryFilter { Directed = true }));
    }

    [Fact]
    public void Avoided_kinds_are_not_passed_through_but_may_be_the_ends()
    {
        var path = Graph.ShortestPath("fm", "minister", new QueryFilter { AvoidKinds = new HashSet<EntityKind> { EntityKind.Person } });

        // The denied ties are no link: the way between the countries is the trilateral meeting both attended.
        Assert.Equal(["fm", "pakistan", "trilateral", "afghanistan", "minister"], Ids(path));
    }

    [Fact]
    public void A_denied_relation_is_never_a_link_even_when_denied_is_asked_for()
    {
        var types = new QueryFilter { OnlyTypes = new HashSet<string> { "holds-office", "diplomatic-ties" } };
        var withDenied = types with { Assertions = new HashSet<Assertion> { Assertion.Stated, Assertion.Denied } };

        Assert.Null(Graph.ShortestPath("pakistan", "afghanistan", types));
        Assert.Null(Graph.ShortestPath("fm", "minister", withDenied));
        Assert.DoesNotContain(Graph.AllPaths("pakistan", "afghanistan", 4, withDenied), p => p.Hops.Any(h => h.Assertion == Assertion.Denied));
        Assert.DoesNotContain(Graph.Neighbourhood("pakistan", 1, withDenied).Relations, r => r.Id == "ties-denied");
        Assert.NotEqual(["pakistan", "afghanistan"], Ids(Graph.ShortestPath("pakistan", "afghanistan")));
    }

    [Fact]
    public void A_window_restricts_the_relations_walked()
    {
        Assert.Null(Graph.ShortestPath("fm", "minister", new QueryFilter { Window = DateRange.Parse("2023") }));
        Assert.NotNull(Graph.ShortestPath("fm", "minister", new QueryFilter { Window = DateRange.Parse("2025") }));
    }

    [Fact]
    public void Cheapest_path_uses_the_callers_cost()
    {
        var path = Graph.CheapestPath("fm", "minister", r => r.Type == "met" ? 100 : 1);

        Assert.Equal(3, path!.Length);
        Assert.DoesNotContain(path.Hops, h => h.Relation.Type == "met");
        Assert.Throws<ArgumentException>(() => Graph.CheapestPath("fm", "minister", _ => -1));
    }

    [Fact]
    public void All_paths_lists_every_simple_path_up_to_the_bound_shortest_first()
    {
        Assert.Equal([["fm", "envoy", "minister"]], Graph.AllPaths("fm", "minister", 2).Select(Ids));

        var paths = Graph.AllPaths("fm", "minister", 3).Select(p => string.Join(">", p.Entities.Select(e => e.Id))).ToList();

        Assert.Equal("fm>envoy>minister", paths[0]);
        Assert.Equal(
            ["fm>envoy>minister", "fm>envoy>old-meeting>minister", "fm>envoy>talks>minister", "fm>pakistan>envoy>minister"], // not over the denied ties
            paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void K_shortest_paths_come_cheapest_first_without_repeating_an_entity_sequence()
    {
        var paths = Graph.KShortestPaths("fm", "minister", 3);

        Assert.Equal(3, paths.Length);
        Assert.Equal(["fm", "envoy", "minister"], Ids(paths[0]));
        Assert.Equal([2, 3, 3], paths.Select(p => p.Length));
        Assert.Equal(3, paths.Select(p => string.Join(">", p.Entities.Select(e => e.Id))).Distinct().Count());
        Assert.Empty(Graph.KShortestPaths("fm", "envoy", 2, new QueryFilter { Directed = true }));
    }

    [Fact]
    public void A_path_to_itself_is_empty()
    {
        Assert.Equal(0, Graph.ShortestPath("fm", "fm")!.Length);
    }
}
