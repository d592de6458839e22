using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>
/// <see cref="MetAtMeetings"/> on its own: a <c>met</c> relation's slots are marked exactly when its two ends attended one meeting of
/// overlapping time — the only <c>met</c> rows a timeline looks to fold into a meeting row.
/// </summary>
public sealed class MetAtMeetingsTests
{
    private static readonly DiplomaticGraph Graph = Builder()
        .AddEntity(Entity("dar"))
        .AddEntity(Entity("muttaqi"))
        .AddEntity(Entity("khan"))
        .AddEntity(Meeting("talks", "2025-04-19"))
        .AddEntity(Meeting("summit", "2025-05-20"))
        .AddRelation(Relation("dar-talks", "attended", "dar", "talks", "2025-04-19"))
        .AddRelation(Relation("muttaqi-talks", "attended", "muttaqi", "talks", "2025-04-19"))
        .AddRelation(Relation("dar-summit", "attended", "dar", "summit", "2025-05-20"))
        .AddRelation(Relation("khan-summit", "attended", "khan", "summit", "2025-05-20"))
        .AddRelation(Relation("met-at-talks", "met", "dar", "muttaqi", "2025-04"))
        .AddRelation(Relation("met-later", "met", "muttaqi", "dar", "2025-09-01"))
        .AddRelation(Relation("met-apart", "met", "muttaqi", "khan", "2025-05-20"))
        .AddRelation(Relation("briefed-at-talks", "briefed", "dar", "muttaqi", "2025-04-19"))
        .AddRelation(Relation("met-at-summit", "met", "khan", "dar", "2025"))
        .Build();

    [Fact]
    public void A_met_relation_is_marked_at_both_ends_when_they_attended_one_meeting_of_overlapping_time()
    {
        var topology = Graph.QueryIndexes;
        var adjacency = topology.TimeRespecting;
        var marked = new List<string>();
        for (var slot = 0; slot < adjacency.Relations.Length; slot++)
        {
            if (topology.MetAtMeetings.At(slot))
            {
                marked.Add(adjacency.Relations[slot].Id);
            }
        }

        // Not met later (a shared meeting, another time), nor met apart (no shared meeting), nor a briefing (not met).
        Assert.Equal(["met-at-summit", "met-at-summit", "met-at-talks", "met-at-talks"], marked.Order());
    }
}
