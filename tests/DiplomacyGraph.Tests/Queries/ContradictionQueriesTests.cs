using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

public class ContradictionQueriesTests
{
    [Fact]
    public void Denied_ties_conflict_with_each_meeting_held_within_them_by_both_sides_or_their_office_holders()
    {
        var found = MiniDiplomacy.Build().Contradictions();

        Assert.All(found, c => Assert.Equal(ContradictionKind.NoInteractionVersusMeeting, c.Kind));
        // The 2023 meeting is not one: its attendees held their offices in 2025.
        Assert.Equal(["talks", "trilateral", "visit"], found.Select(c => c.First.MeetingOf().Id).Order(StringComparer.Ordinal));
        Assert.All(found, c => Assert.Equal("ties-denied", c.Second.RelationOf().Id));
        var talks = found.Single(c => c.First.MeetingOf().Id == "talks");
        Assert.Equal(
            "fm denies diplomatic-ties between pakistan and afghanistan during 2021/.., yet talks (2025-03-22) was held with both: envoy for pakistan and minister for afghanistan.",
            talks.Reason);
        Assert.Contains(talks.First.Citations, c => c.Quote == "the envoy went to the talks");
    }

    [Fact]
    public void An_allegation_conflicts_with_its_denial_when_their_times_overlap()
    {
        var graph = Builder()
            .AddEntity(Entity("group", EntityKind.Organization)).AddEntity(Entity("country", EntityKind.Country))
            .AddEntity(Entity("accuser", EntityKind.Country)).AddEntity(Entity("government", EntityKind.Organization))
            .AddRelation(Relation("alleged", "operates-from", "group", "country", "unknown", assertion: Assertion.Alleged, claimedBy: "accuser"))
            .AddRelation(Relation("denied", "operates-from", "group", "country", "unknown", assertion: Assertion.Denied, claimedBy: "government"))
            .AddRelation(Relation("denied-2020", "operates-from", "group", "country", "2020", assertion: Assertion.Denied))
            .AddRelation(Relation("stated-2024", "operates-from", "group", "country", "2024"))
            .Build();

        var found = graph.Contradictions();

        Assert.Equal([("alleged", "denied"), ("stated-2024", "denied"), ("alleged", "denied-2020")], found.Select(c => (c.First.RelationOf().Id, c.Second.RelationOf().Id)));
        Assert.All(found, c => Assert.Equal(ContradictionKind.AllegedVersusDenied, c.Kind));
        Assert.Equal("accuser alleges that group operates-from country (unknown); government denies it (unknown).", found[0].Reason);
    }

    [Fact]
    public void A_meeting_reported_held_and_cancelled_conflicts_but_planned_then_delayed_does_not()
    {
        var graph = Builder()
            .AddSource(new Source { Id = "other", Title = "Other" })
            .AddEntity(new Entity
            {
                Id = "summit", Kind = EntityKind.Meeting, Name = "Summit", Citations = [Cite()],
                Meeting = new MeetingDetails
                {
                    Time = DateRange.Parse("2025-06"),
                    Statuses =
                    [
                        new StatusReport { Status = MeetingStatus.Planned },
                        new StatusReport { Status = MeetingStatus.Delayed },
                        new StatusReport { Status = MeetingStatus.Held, Citations = [Cite("it took place")] },
                        new StatusReport { Status = MeetingStatus.Cancelled, Citations = [new QuoteCitation("other", "it was called off")] },
                    ],
                },
            })
            .Build();

        var conflict = Assert.Single(graph.Contradictions());

        Assert.Equal(ContradictionKind.ConflictingMeetingStatus, conflict.Kind);
        Assert.Equal((MeetingStatus.Held, MeetingStatus.Cancelled), (conflict.First.StatusOf(), conflict.Second.StatusOf()));
        Assert.Equal("Summit (2025-06) is reported held (A note) and cancelled (Other).", conflict.Reason);
    }
}
