using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Testing;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>The search units under the path queries (bidirectional BFS, bounded enumeration) and their agreement with a plain BFS.</summary>
public class PathSearchTests
{
    private static readonly Lazy<DiplomaticGraph> Generated = new(() => SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 2_000, Relations = 20_000, RandomSeed = 7 }));

    /// <summary>A chain 0-1-2-3-4 plus a shortcut 1-3 pointing backwards (3 → 1), and an island 5.</summary>
    private static DiplomaticGraph Chain()
    {
        var builder = Builder();
        for (var i = 0; i <= 5; i++)
        {
            builder.AddEntity(Entity($"n{i}"));
        }

        for (var i = 0; i < 4; i++)
        {
            builder.AddRelation(Relation($"r{i}", "met", $"n{i}", $"n{i + 1}"));
        }

        return builder.AddRelation(Relation("shortcut", "met", "n3", "n1")).Build();
    }

    private static List<int>? Bidirectional(DiplomaticGraph graph, string from, string to, QueryFilter? filter = null, Func<int, int, int, bool>? banned = null)
    {
        var topology = graph.QueryIndexes;
        var path = BidirectionalBfs.Path(topology.Steps, new StepFilter(topology.Steps, filter ?? QueryFilter.Default), topology.PositionOf(graph.GetEntity(from)), topology.PositionOf(graph.GetEntity(to)), banned);
        return path;
    }

    [Fact]
    public void Bidirectional_bfs_finds_the_fewest_hops_either_way_and_none_to_an_island()
    {
        var graph = Chain();

        Assert.Equal([0, 1, 3, 4], Bidirectional(graph, "n0", "n4"));
        Assert.Equal([4, 3, 1, 0], Bidirectional(graph, "n4", "n0"));
        Assert.Equal([2], Bidirectional(graph, "n2", "n2"));
        Assert.Null(Bidirectional(graph, "n0", "n5"));
    }

    [Fact]
    public void Directed_bidirectional_bfs_walks_forward_from_the_start_and_backward_from_the_end()
    {
        var graph = Chain();
        var directed = new QueryFilter { Directed = true };

        Assert.Equal([0, 1, 2, 3, 4], Bidirectional(graph, "n0", "n4", directed));
        Assert.Equal([3, 1], Bidirectional(graph, "n3", "n1", directed));
        Assert.Null(Bidirectional(graph, "n4", "n0", directed));
    }

    [Fact]
    public void Banned_steps_make_the_search_go_round()
    {
        var graph = Chain();

        // Ban the shortcut (positions 1 and 3, either way round): the chain remains.
        Assert.Equal([0, 1, 2, 3, 4], Bidirectional(graph, "n0", "n4", banned: (from, to, _) => (from, to) is (1, 3) or (3, 1)));
        Assert.Null(Bidirectional(graph, "n0", "n4", banned: (_, to, _) => to == 1));
    }

    [Fact]
    public void Shortest_path_lengths_on_a_generated_20k_graph_equal_a_plain_breadth_first_search()
    {
        var graph = Generated.Value;
        var random = new Random(11);
        var widened = new QueryFilter { Assertions = new HashSet<Assertion> { Assertion.Stated, Assertion.Alleged, Assertion.Planned } };
        for (var i = 0; i < 100; i++)
        {
            var a = graph.Entities[random.Next(graph.Entities.Length)];
            var b = graph.Entities[random.Next(graph.Entities.Length)];

            var stated = graph.ShortestPath(a.Id, b.Id);
            Assert.Equal(PlainBfs(graph, a, b, r => r.Assertion == Assertion.Stated), stated?.Length ?? -1);
            Assert.Equal(PlainBfs(graph, a, b, r => r.Assertion != Assertion.Denied), graph.ShortestPath(a.Id, b.Id, widened)?.Length ?? -1);
            Assert.All(stated?.Hops ?? [], h => Assert.Equal(Assertion.Stated, h.Assertion));
            if (i < 20 && stated is { Length: > 0 and <= 4 })
            {
                // Every simple path within the shortest length has that length, and one of them is the one found.
                var all = graph.AllPaths(a.Id, b.Id, stated.Length);
                Assert.All(all, p => Assert.Equal(stated.Length, p.Length));
                Assert.Contains(all, p => p.Entities.SequenceEqual(stated.Entities));
                Assert.Equal(stated.Length, graph.KShortestPaths(a.Id, b.Id, 3)[0].Length);
            }
        }
    }

    [Fact]
    public void Direct_history_on_a_generated_20k_graph_covers_exactly_the_relations_between_and_the_shared_meetings()
    {
        var graph = Generated.Value;
        var random = new Random(12);
        for (var i = 0; i < 100; i++)
        {
            var relation = graph.Relations[random.Next(graph.Relations.Length)];
            var (a, b) = (relation.From, relation.To);
            if (a == b)
            {
                continue;
            }

            var rows = graph.History(a, b, direct: true);
            var expected = graph.RelationsBetween(a, b).Select(r => r.Id).ToHashSet();
            foreach (var attended in graph.RelationsOf(a).Where(r => r.Type == "attended" && r.From == a))
            {
                var both = graph.RelationsBetween(b, attended.To).Where(r => r.Type == "attended" && r.From == b).ToList();
                if (both.Count > 0)
                {
                    expected.Add(attended.Id);
                    expected.UnionWith(both.Select(r => r.Id));
                }
            }

            // Statements both take part in: said by one and said by or about the other.
            static bool Part(Relation r, string who, string statement) =>
                (r.Type == "said" && r.From == who && r.To == statement) || (r.Type == "about" && r.To == who && r.From == statement);
            foreach (var statement in graph.RelationsOf(a).Select(r => r.From == a ? r.To : r.From).Distinct().Where(id => graph.GetEntity(id).Kind == EntityKind.Statement))
            {
                var partsA = graph.RelationsBetween(a, statement).Where(r => Part(r, a, statement)).ToList();
                var partsB = graph.RelationsBetween(b, statement).Where(r => Part(r, b, statement)).ToList();
                if (partsA.Count > 0 && partsB.Count > 0 && partsA.Concat(partsB).Any(r => r.Type == "said"))
                {
                    expected.UnionWith(partsA.Concat(partsB).Select(r => r.Id));
                }
            }

            Assert.Equal(expected.Order(), rows.SelectMany(r => r.Relations).Select(r => r.Id).Distinct().Order());
            Assert.Equal(rows.Count(), rows.Select(r => r.Id).Distinct().Count());
        }
    }

    [Fact]
    public void All_paths_end_in_a_clear_error_past_the_path_cap_or_the_work_bound()
    {
        // A ladder of 12 rungs between s and t: 2^12 simple paths of 13 hops.
        var builder = Builder().AddEntity(Entity("s")).AddEntity(Entity("t"));
        var previous = new[] { "s" };
        for (var i = 0; i < 12; i++)
        {
            builder.AddEntity(Entity($"u{i}")).AddEntity(Entity($"d{i}")).AddEntity(Entity($"j{i}"));
            foreach (var p in previous)
            {
                builder.AddRelation(Relation($"{p}-u{i}", "met", p, $"u{i}")).AddRelation(Relation($"{p}-d{i}", "met", p, $"d{i}"));
            }

            builder.AddRelation(Relation($"u{i}-j{i}", "met", $"u{i}", $"j{i}")).AddRelation(Relation($"d{i}-j{i}", "met", $"d{i}", $"j{i}"));
            previous = [$"j{i}"];
        }

        var graph = builder.AddRelation(Relation("j11-t", "met", "j11", "t")).Build();

        Assert.Equal(4096, graph.AllPaths("s", "t", 25).Length);
        var capped = Assert.Throws<PathSearchLimitException>(() => graph.AllPaths("s", "t", 25, maxPaths: 1000));
        Assert.Contains("more than 1,000 paths", capped.Message, StringComparison.Ordinal);
        var bounded = Assert.Throws<PathSearchLimitException>(() => graph.AllPaths("s", "t", 25, maxSteps: 5000));
        Assert.Contains("stopped after 5,000 steps", bounded.Message, StringComparison.Ordinal);
        Assert.Empty(graph.AllPaths("s", "t", 24));
    }

    [Fact]
    public void Neighbourhood_is_a_slice_of_the_entities_within_the_hops_and_the_relations_among_them()
    {
        var graph = Chain();

        var one = graph.Neighbourhood("n1", 1);
        Assert.Equal(["n0", "n1", "n2", "n3"], one.Entities.Select(e => e.Id));
        Assert.Equal(["r0", "r1", "r2", "shortcut"], one.Relations.Select(r => r.Id));
        Assert.Equal(["n1"], graph.Neighbourhood("n1", 0).Entities.Select(e => e.Id));
        Assert.Equal(2, one.ShortestPath("n0", "n3")!.Length);
    }

    /// <summary>Hops of a shortest path by a textbook breadth-first search over RelationsOf; -1 when unreachable.</summary>
    private static int PlainBfs(DiplomaticGraph graph, Entity from, Entity to, Func<Relation, bool> walkable)
    {
        var distance = new Dictionary<string, int> { [from.Id] = 0 };
        var queue = new Queue<string>([from.Id]);
        while (queue.TryDequeue(out var here))
        {
            if (here == to.Id)
            {
                return distance[here];
            }

            foreach (var relation in graph.RelationsOf(here).Where(walkable))
            {
                var next = relation.From == here ? relation.To : relation.From;
                if (distance.TryAdd(next, distance[here] + 1))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return -1;
    }
}
