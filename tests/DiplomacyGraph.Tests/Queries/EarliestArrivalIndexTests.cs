using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Testing;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>
/// EarliestArrival under the default filter answers from the two-hop label index; these compare it with the label-setting search
/// (<see cref="EarliestArrivalQueries.Search"/>) it replaces there, and check that other filters still take the search.
/// </summary>
public class EarliestArrivalIndexTests
{
    private static readonly DateOnly[] StartDays = [new(1995, 1, 1), new(2008, 6, 1), new(2016, 1, 1), new(2023, 3, 1)];

    [Theory]
    [InlineData(300, 3_000, 42L)]
    [InlineData(1_000, 10_000, 7L)]
    [InlineData(2_000, 20_000, 42L)]
    public void The_index_answers_as_the_search_does_on_generated_graphs(int entities, int relations, long seed)
    {
        const TimeOrderMode mode = TimeOrderMode.Lenient;
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = entities, Relations = relations, RandomSeed = seed });
        var random = new Random((int)seed);
        var found = 0;
        for (var i = 0; i < 400; i++)
        {
            var a = graph.Entities[random.Next(graph.Entities.Length)].Id;
            var b = graph.Entities[random.Next(graph.Entities.Length)].Id;
            foreach (var day in StartDays)
            {
                var indexed = graph.EarliestArrival(a, b, day, mode);
                var searched = EarliestArrivalQueries.Search(graph, a, b, day, mode);
                if (searched is null)
                {
                    Assert.Null(indexed);
                    continue;
                }

                found++;
                Assert.NotNull(indexed);
                Assert.Equal(searched.EarliestArrivalKey(), indexed.EarliestArrivalKey());
                Assert.Equal(searched.Path.Length, indexed.Path.Length);
                AssertWalkable(indexed, a, b, day, mode);
            }
        }

        Assert.True(found > 100, $"only {found} queries had a path");
    }

    [Fact]
    public void Strict_mode_is_the_search_itself()
    {
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 300, Relations = 3_000, RandomSeed = 42 });
        var random = new Random(3);
        for (var i = 0; i < 200; i++)
        {
            var a = graph.Entities[random.Next(graph.Entities.Length)].Id;
            var b = graph.Entities[random.Next(graph.Entities.Length)].Id;
            foreach (var day in StartDays)
            {
                var answer = graph.EarliestArrival(a, b, day, TimeOrderMode.Strict);
                var searched = EarliestArrivalQueries.Search(graph, a, b, day, TimeOrderMode.Strict);
                Assert.Equal(IdsOrNone(searched), IdsOrNone(answer));
                Assert.Equal(searched?.ReachedBy, answer?.ReachedBy);
            }
        }
    }

    [Fact]
    public void The_index_keeps_the_searchs_hop_count_the_fewest_hops_among_earliest_labels()
    {
        // s reaches v on the 5th in three hops or on the 6th in one; both then reach t on the 10th. The search keeps v's earliest
        // label (the 5th, three hops), so its answer has four hops; the index must say the same.
        var graph = Builder()
            .AddEntity(Entity("s")).AddEntity(Entity("x")).AddEntity(Entity("y")).AddEntity(Entity("v")).AddEntity(Entity("t"))
            .AddRelation(Relation("sx", "met", "s", "x", "2025-01-05"))
            .AddRelation(Relation("xy", "met", "x", "y", "2025-01-05"))
            .AddRelation(Relation("yv", "met", "y", "v", "2025-01-05"))
            .AddRelation(Relation("sv", "met", "s", "v", "2025-01-06"))
            .AddRelation(Relation("vt", "met", "v", "t", "2025-01-10"))
            .Build();
        var start = new DateOnly(2025, 1, 1);

        var indexed = graph.EarliestArrival("s", "t", start)!;
        var searched = EarliestArrivalQueries.Search(graph, "s", "t", start)!;

        Assert.Equal(["sx", "xy", "yv", "vt"], Ids(searched));
        Assert.Equal(Ids(searched), Ids(indexed));
        Assert.Equal(new DateOnly(2025, 1, 10), indexed.EarliestArrival);
    }

    [Fact]
    public void A_meeting_that_was_not_held_carries_nothing_through_the_index()
    {
        var graph = Builder()
            .AddEntity(Entity("a")).AddEntity(Entity("b")).AddEntity(Entity("c"))
            .AddEntity(Meeting("held", "2025-05-01")).AddEntity(Meeting("planned", "2025-03-01", MeetingStatus.Planned))
            .AddRelation(Relation("a-planned", "attended", "a", "planned", "2025-03-01"))
            .AddRelation(Relation("b-planned", "attended", "b", "planned", "2025-03-01"))
            .AddRelation(Relation("a-held", "attended", "a", "held", "2025-05-01"))
            .AddRelation(Relation("b-held", "attended", "b", "held", "2025-05-01"))
            .AddRelation(Relation("bc", "briefed", "b", "c", "2025-06"))
            .Build();
        var start = new DateOnly(2025, 1, 1);

        var lenient = graph.EarliestArrival("a", "b", start)!;
        var strict = graph.EarliestArrival("a", "c", start, TimeOrderMode.Strict)!;

        Assert.Equal(["a-held", "b-held"], lenient.Path.Hops.Select(h => h.Relation.Id));
        Assert.Equal(new DateOnly(2025, 5, 1), lenient.EarliestArrival);
        Assert.Equal(["a-held", "b-held", "bc"], strict.Path.Hops.Select(h => h.Relation.Id));
        Assert.Equal(new DateOnly(2025, 6, 30), strict.ReachedBy);
        Assert.Equal(new DateOnly(2025, 6, 1), graph.EarliestArrival("a", "c", start)!.EarliestArrival);
        Assert.Null(graph.EarliestArrival("a", "planned", start));
    }

    [Fact]
    public void Only_the_default_filter_is_served_by_the_index()
    {
        Assert.True(EarliestArrivalIndex.Serves(TimeOrderMode.Lenient, QueryFilter.Default));
        Assert.True(EarliestArrivalIndex.Serves(TimeOrderMode.Lenient, new QueryFilter { OnlyTypes = EarliestArrivalQueries.CarrierTypes.ToHashSet(), Assertions = new HashSet<Assertion> { Assertion.Stated } }));
        Assert.False(EarliestArrivalIndex.Serves(TimeOrderMode.Strict, QueryFilter.Default));
        Assert.False(EarliestArrivalIndex.Serves(TimeOrderMode.Lenient, new QueryFilter { Directed = true }));
        Assert.False(EarliestArrivalIndex.Serves(TimeOrderMode.Lenient, new QueryFilter { OnlyTypes = new HashSet<string> { "met" } }));
        Assert.False(EarliestArrivalIndex.Serves(TimeOrderMode.Lenient, new QueryFilter { Assertions = new HashSet<Assertion> { Assertion.Stated, Assertion.Alleged } }));
        Assert.False(EarliestArrivalIndex.Serves(TimeOrderMode.Lenient, new QueryFilter { AvoidKinds = new HashSet<EntityKind> { EntityKind.Meeting } }));
        Assert.False(EarliestArrivalIndex.Serves(TimeOrderMode.Lenient, new QueryFilter { ThroughKinds = new HashSet<EntityKind>() }));
        Assert.False(EarliestArrivalIndex.Serves(TimeOrderMode.Lenient, new QueryFilter { Window = DateRange.Parse("2025") }));
    }

    [Fact]
    public void Other_filters_take_the_search_and_see_what_the_index_does_not_hold()
    {
        // b met a (directed b -> a) early, a briefed c late; an alleged meeting a -> b in between.
        var graph = Builder()
            .AddEntity(Entity("a")).AddEntity(Entity("b")).AddEntity(Entity("c")).AddEntity(Entity("d", EntityKind.Organization))
            .AddRelation(Relation("ba", "met", "b", "a", "2025-02-01"))
            .AddRelation(Relation("ab-alleged", "met", "a", "b", "2025-01-10", assertion: Assertion.Alleged))
            .AddRelation(Relation("ad", "met", "a", "d", "2025-01-15"))
            .AddRelation(Relation("db", "met", "d", "b", "2025-01-20"))
            .AddRelation(Relation("bc", "briefed", "b", "c", "2025-03-01"))
            .Build();
        var start = new DateOnly(2025, 1, 1);

        Assert.Equal(["ad", "db"], Ids(graph.EarliestArrival("a", "b", start)));
        Assert.Equal(["ab-alleged"], Ids(graph.EarliestArrival("a", "b", start, filter: new QueryFilter { Assertions = new HashSet<Assertion> { Assertion.Stated, Assertion.Alleged } })));
        Assert.Equal(["ba"], Ids(graph.EarliestArrival("a", "b", start, filter: new QueryFilter { AvoidKinds = new HashSet<EntityKind> { EntityKind.Organization } })));
        Assert.Null(graph.EarliestArrival("a", "b", start, filter: new QueryFilter { Directed = true, AvoidKinds = new HashSet<EntityKind> { EntityKind.Organization } }));
        Assert.Null(graph.EarliestArrival("a", "c", start, filter: new QueryFilter { Window = DateRange.Parse("2025-01") }));
        Assert.Null(graph.EarliestArrival("a", "c", start, filter: new QueryFilter { OnlyTypes = new HashSet<string> { "met" } }));
        Assert.Equal(3, graph.EarliestArrival("a", "c", start)!.Path.Length);
    }

    private static string[] Ids(TimeRespectingPath? path)
    {
        Assert.NotNull(path);
        return [.. path.Path.Hops.Select(h => h.Relation.Id)];
    }

    private static string[]? IdsOrNone(TimeRespectingPath? path) => path is null ? null : Ids(path);

    /// <summary>The path joins a to b hop by hop, each hop follows the last in the mode's sense, and its days are the walk's.</summary>
    private static void AssertWalkable(TimeRespectingPath path, string a, string b, DateOnly start, TimeOrderMode mode)
    {
        Assert.Equal(a, path.Path.Start.Id);
        Assert.Equal(b, path.Path.End.Id);
        Assert.Equal(start, path.Start);
        int earliest = start.DayNumber, reachedBy = start.DayNumber;
        var at = a;
        foreach (var hop in path.Path.Hops)
        {
            Assert.Equal(at, hop.From.Id);
            Assert.Contains(hop.Relation.Type, EarliestArrivalQueries.CarrierTypes);
            Assert.Equal(Assertion.Stated, hop.Relation.Assertion);
            Assert.True((hop.From.Meeting ?? hop.To.Meeting) is not { } meeting || meeting.Status == MeetingStatus.Held, $"hop {hop.Relation.Id} passes a meeting not held");
            var (e, l) = (hop.Time.Earliest.DayNumber, hop.Time.Latest.DayNumber);
            Assert.True(mode == TimeOrderMode.Lenient ? l >= earliest : e >= reachedBy, $"hop {hop.Relation.Id} does not follow");
            earliest = Math.Max(e, earliest);
            reachedBy = l;
            at = hop.To.Id;
        }

        Assert.Equal(DateOnly.FromDayNumber(earliest), path.EarliestArrival);
        Assert.Equal(DateOnly.FromDayNumber(reachedBy), path.ReachedBy);
    }
}

internal static class TimeRespectingPathKeys
{
    /// <summary>What the search minimizes: the earliest arrival when lenient, the last hop's latest day when strict.</summary>
    public static DateOnly EarliestArrivalKey(this TimeRespectingPath path) =>
        path.Mode == TimeOrderMode.Lenient ? path.EarliestArrival : path.ReachedBy;
}
