using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

public class SliceQueriesTests
{
    private static readonly DateOnly April = new(2025, 4, 1);

    private static DiplomaticGraph Sourced() => new GraphBuilder()
        .AddSource(new Source { Id = "early", Title = "Early", Published = DateRange.Parse("2025-03-01") })
        .AddSource(new Source { Id = "late", Title = "Late", Published = DateRange.Parse("2025-06") })
        .AddSource(new Source { Id = "undated", Title = "Undated" })
        .AddEntity(Entity("a")).AddEntity(Entity("b")).AddEntity(Entity("c"))
        .AddEntity(new Entity
        {
            Id = "visit", Kind = EntityKind.Meeting, Name = "Visit", Citations = [new QuoteCitation("early", "will soon visit")],
            Meeting = new MeetingDetails
            {
                Time = DateRange.Unknown,
                Statuses =
                [
                    new StatusReport { Status = MeetingStatus.Planned, Citations = [new QuoteCitation("early", "will soon visit")] },
                    new StatusReport { Status = MeetingStatus.Delayed, Citations = [new QuoteCitation("late", "initially delayed")] },
                ],
            },
        })
        .AddEntity(new Entity
        {
            Id = "summit", Kind = EntityKind.Meeting, Name = "Summit", Citations = [new QuoteCitation("late", "a summit")],
            Meeting = new MeetingDetails { Time = DateRange.Parse("2025-02"), Statuses = [new StatusReport { Status = MeetingStatus.Held }] },
        })
        .AddRelation(Relation("a-visit", "attended", "a", "visit", "unknown", citations: [new QuoteCitation("early", "will soon visit")]))
        .AddRelation(Relation("b-summit", "attended", "b", "summit", "2025-02", citations: [new QuoteCitation("late", "a summit")]))
        .AddRelation(Relation("ab-late", "met", "a", "b", "2025-02", citations: [new QuoteCitation("late", "they met")]))
        .AddRelation(Relation("ab-both", "met", "a", "b", "2025-01", citations: [new QuoteCitation("early", "first"), new QuoteCitation("late", "again")]))
        .AddRelation(Relation("ac-undated", "met", "a", "c", "2025-01", citations: [new QuoteCitation("undated", "somebody says")]))
        .Build();

    [Fact]
    public void As_of_keeps_what_could_have_happened_by_the_date_and_drops_later_meetings_with_their_relations()
    {
        var graph = MiniDiplomacy.Build();

        var slice = graph.AsOf(April);

        Assert.False(slice.TryGetEntity("trilateral", out _));
        Assert.True(slice.TryGetEntity("talks", out _));
        Assert.True(slice.TryGetEntity("old-meeting", out _));
        Assert.DoesNotContain(slice.Relations, r => r.Id is "embassy" or "pakistan-trilateral" or "afghanistan-trilateral");
        Assert.Equal(graph.Relations.Length - 3, slice.Relations.Length);
        Assert.Equal(["ties-denied"], slice.History("pakistan", "afghanistan", direct: true).Select(r => r.Id));
    }

    [Fact]
    public void Known_as_of_keeps_only_citations_of_sources_certainly_published_by_then()
    {
        var slice = Sourced().KnownAsOf(April);

        Assert.Equal(["early"], slice.Sources.Select(s => s.Id));
        Assert.Equal(["a-visit", "ab-both"], slice.Relations.Select(r => r.Id));
        Assert.Equal(["first"], slice.Relations.Single(r => r.Id == "ab-both").Citations.Select(c => c.QuoteOf()));
        Assert.False(slice.TryGetEntity("summit", out _));
        Assert.False(slice.TryGetEntity("c", out _));
    }

    [Fact]
    public void A_planned_event_becomes_delayed_only_in_the_slice_where_a_source_says_so()
    {
        var graph = Sourced();

        Assert.Equal(MeetingStatus.Planned, graph.KnownAsOf(April).GetEntity("visit").Meeting!.Status);
        Assert.Equal(MeetingStatus.Delayed, graph.KnownAsOf(new DateOnly(2025, 7, 1)).GetEntity("visit").Meeting!.Status);
    }

    [Fact]
    public void Sources_of_unknown_date_count_only_in_lenient_mode()
    {
        var graph = Sourced();

        Assert.DoesNotContain(graph.KnownAsOf(new DateOnly(2025, 7, 1)).Relations, r => r.Id == "ac-undated");
        Assert.Contains(graph.KnownAsOf(April, TimeOrderMode.Lenient).Relations, r => r.Id == "ac-undated");
    }
}
