using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

public class EarliestArrivalQueriesTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);

    private static DiplomaticGraph Chain(string firstTime, string secondTime, Assertion first = Assertion.Stated) => Builder()
        .AddEntity(Entity("a")).AddEntity(Entity("b")).AddEntity(Entity("c"))
        .AddRelation(Relation("ab", "met", "a", "b", firstTime, assertion: first))
        .AddRelation(Relation("bc", "met", "b", "c", secondTime))
        .Build();

    [Fact]
    public void Earliest_arrival_carries_a_message_through_a_meeting_and_a_later_briefing()
    {
        var graph = MiniDiplomacy.Build();

        var lenient = graph.EarliestArrival("minister", "fm", new DateOnly(2025, 1, 1));
        var strict = graph.EarliestArrival("minister", "fm", new DateOnly(2025, 1, 1), TimeOrderMode.Strict);

        Assert.Equal(["envoy-met-minister", "envoy-briefed-fm"], lenient!.Path.Hops.Select(h => h.Relation.Id));
        Assert.Equal(new DateOnly(2025, 3, 23), lenient.EarliestArrival);
        Assert.Equal(DateOnly.MaxValue, lenient.ReachedBy);
        Assert.Equal(["minister", "envoy", "fm"], strict!.Path.Entities.Select(e => e.Id));
        Assert.Null(graph.EarliestArrival("minister", "fm", new DateOnly(2025, 4, 1)));
    }

    [Fact]
    public void A_month_and_a_day_inside_it_follow_each_other_only_leniently()
    {
        foreach (var graph in new[] { Chain("2025-03-22", "2025-03"), Chain("2025-03", "2025-03-22") })
        {
            Assert.Equal(new DateOnly(2025, 3, 22), graph.EarliestArrival("a", "c", March1)!.EarliestArrival);
            Assert.Null(graph.EarliestArrival("a", "c", March1, TimeOrderMode.Strict));
        }
    }

    [Fact]
    public void Strict_mode_accepts_the_same_day_and_reports_when_the_end_is_certainly_reached()
    {
        var path = Chain("2025-03-22", "2025-03-22").EarliestArrival("a", "c", March1, TimeOrderMode.Strict);

        Assert.Equal(new DateOnly(2025, 3, 22), path!.ReachedBy);
        Assert.Equal(2, path.Path.Length);
    }

    [Fact]
    public void A_hop_certainly_before_the_previous_one_is_never_taken()
    {
        Assert.Null(Chain("2025-05", "2025-04").EarliestArrival("a", "c", March1));
    }

    [Fact]
    public void An_unknown_time_fits_anywhere_leniently_and_nowhere_strictly()
    {
        var graph = Chain("unknown", "2025-06-01");

        Assert.Equal(new DateOnly(2025, 6, 1), graph.EarliestArrival("a", "c", March1)!.EarliestArrival);
        Assert.Null(graph.EarliestArrival("a", "c", March1, TimeOrderMode.Strict));
    }

    [Fact]
    public void Denied_relations_and_meetings_not_held_carry_nothing()
    {
        Assert.Null(Chain("2025-03-22", "2025-04", Assertion.Denied).EarliestArrival("a", "c", March1));

        var planned = Builder()
            .AddEntity(Entity("a")).AddEntity(Entity("b")).AddEntity(Meeting("m", "2025-04-01", MeetingStatus.Planned))
            .AddRelation(Relation("am", "attended", "a", "m", "2025-04-01"))
            .AddRelation(Relation("bm", "attended", "b", "m", "2025-04-01"))
            .Build();
        Assert.Null(planned.EarliestArrival("a", "b", March1));
    }

    [Fact]
    public void The_start_day_bounds_the_first_hop()
    {
        var graph = Chain("2025-03-22", "2025-04-02");

        Assert.Null(graph.EarliestArrival("a", "c", new DateOnly(2025, 3, 23)));
        Assert.Equal(new DateOnly(2025, 4, 2), graph.EarliestArrival("a", "c", new DateOnly(2025, 3, 22))!.EarliestArrival);
    }
}

public class EarliestArrivalStopTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);

    /// <summary>
    /// a–b on March 1, then b–c and a–d on March 10, and c–t on March 10: the target's only hop in is on March 10, the key of c and
    /// of d. The search may stop once its keys pass the last day a hop into the target accepts — not when they reach it (d is taken
    /// from the queue at that very key, before c).
    /// </summary>
    private static DiplomaticGraph Fork() => TestGraphs.Builder()
        .AddEntity(TestGraphs.Entity("a")).AddEntity(TestGraphs.Entity("b")).AddEntity(TestGraphs.Entity("c"))
        .AddEntity(TestGraphs.Entity("d")).AddEntity(TestGraphs.Entity("t"))
        .AddRelation(TestGraphs.Relation("ab", "met", "a", "b", "2025-03-01"))
        .AddRelation(TestGraphs.Relation("ad", "met", "a", "d", "2025-03-10"))
        .AddRelation(TestGraphs.Relation("bc", "met", "b", "c", "2025-03-10"))
        .AddRelation(TestGraphs.Relation("ct", "met", "c", "t", "2025-03-10"))
        .Build();

    [Theory]
    [InlineData(TimeOrderMode.Lenient)]
    [InlineData(TimeOrderMode.Strict)]
    public void A_hop_into_the_target_on_the_day_the_search_has_reached_is_still_taken(TimeOrderMode mode)
    {
        var path = Fork().EarliestArrival("a", "t", March1, mode);

        Assert.Equal(["ab", "bc", "ct"], path!.Path.Hops.Select(h => h.Relation.Id));
        Assert.Equal(new DateOnly(2025, 3, 10), path.EarliestArrival);
    }

    [Fact]
    public void A_target_whose_hops_in_all_end_before_the_search_gets_there_is_not_reached()
    {
        var graph = TestGraphs.Builder()
            .AddEntity(TestGraphs.Entity("a")).AddEntity(TestGraphs.Entity("b")).AddEntity(TestGraphs.Entity("c")).AddEntity(TestGraphs.Entity("t"))
            .AddRelation(TestGraphs.Relation("ab", "met", "a", "b", "2025-05-01"))
            .AddRelation(TestGraphs.Relation("bc", "met", "b", "c", "2025-06-01"))
            .AddRelation(TestGraphs.Relation("bt", "met", "b", "t", "2025-04-01"))
            .Build();

        Assert.Null(graph.EarliestArrival("a", "t", March1));
        Assert.Equal(new DateOnly(2025, 6, 1), graph.EarliestArrival("a", "c", March1)!.EarliestArrival);
    }
}
