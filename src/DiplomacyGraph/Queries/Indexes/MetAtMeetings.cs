using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// Which <c>met</c> relations could be folded into a meeting row of a history or timeline: per slot of the time-respecting adjacency,
/// one bit, set when the slot's relation is a <c>met</c> relation whose two ends both attended one meeting of overlapping time.
/// A <c>met</c> row without the bit folds into no meeting row of any answer, so a timeline does not look for one. One bit a slot;
/// built once, on first use, from <see cref="AttendanceIndex"/> (two short sorted lists per <c>met</c> slot).
/// </summary>
internal sealed class MetAtMeetings
{
    private readonly ulong[] bits;

    public MetAtMeetings(DiplomaticGraph graph, TimeRespectingAdjacency adjacency, AttendanceIndex attendance)
    {
        var entities = graph.Entities;
        bits = new ulong[(adjacency.Packed.Length + 63) / 64];
        if (adjacency.MetType < 0)
        {
            return;
        }

        for (var v = 0; v < entities.Length; v++)
        {
            for (var slot = adjacency.Start[v]; slot < adjacency.Start[v + 1]; slot++)
            {
                if (adjacency.Packed[slot].Type == adjacency.MetType && AtAMeeting(entities, attendance, v, adjacency.Packed[slot].Next, adjacency.Relations[slot].Time))
                {
                    bits[slot >> 6] |= 1UL << slot;
                }
            }
        }
    }

    /// <summary>True when the relation in <paramref name="slot"/> is a <c>met</c> relation whose ends attended one meeting of overlapping time.</summary>
    public bool At(int slot) => (bits[slot >> 6] & (1UL << slot)) != 0;

    /// <summary>True when entities <paramref name="a"/> and <paramref name="b"/> both attended a meeting whose time overlaps <paramref name="time"/>.</summary>
    private static bool AtAMeeting(System.Collections.Immutable.ImmutableArray<Entity> entities, AttendanceIndex attendance, int a, int b, DateRange time)
    {
        var ofA = attendance.Of(a);
        var ofB = attendance.Of(b);
        var (earliest, latest) = (time.Earliest.DayNumber, time.Latest.DayNumber);
        for (int i = 0, j = 0; i < ofA.Length && j < ofB.Length;)
        {
            if (ofA[i] < ofB[j])
            {
                i++;
            }
            else if (ofA[i] > ofB[j])
            {
                j++;
            }
            else
            {
                var held = entities[ofA[i]].Meeting!.Time;
                if (latest >= held.Earliest.DayNumber && earliest <= held.Latest.DayNumber)
                {
                    return true;
                }

                (i, j) = (i + 1, j + 1);
            }
        }

        return false;
    }
}
