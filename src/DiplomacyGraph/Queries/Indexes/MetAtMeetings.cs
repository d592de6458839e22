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

        // Each meeting's days by position, read for every meeting in a list (no entity read per check).
        var days = new (int Earliest, int Latest)[entities.Length];
        for (var v = 0; v < entities.Length; v++)
        {
            if (entities[v].Meeting is { } meeting)
            {
                days[v] = (meeting.Time.Earliest.DayNumber, meeting.Time.Latest.DayNumber);
            }
        }

        for (var v = 0; v < entities.Length; v++)
        {
            for (var slot = adjacency.Start[v]; slot < adjacency.Start[v + 1]; slot++)
            {
                if (adjacency.Packed[slot].Type == adjacency.MetType && AtAMeeting(days, attendance, v, adjacency.Packed[slot].Next, adjacency.Relations[slot].Time))
                {
                    bits[slot >> 6] |= 1UL << slot;
                }
            }
        }
    }

    /// <summary>True when the relation in <paramref name="slot"/> is a <c>met</c> relation whose ends attended one meeting of overlapping time.</summary>
    public bool At(int slot) => (bits[slot >> 6] & (1UL << slot)) != 0;

    /// <summary>
    /// True when entities <paramref name="a"/> and <paramref name="b"/> both attended a meeting whose time overlaps
    /// <paramref name="time"/>: each meeting of the shorter list of overlapping time is looked up in the longer (a busy attendee's
    /// list is long, and most of its meetings are at other times).
    /// </summary>
    private static bool AtAMeeting((int Earliest, int Latest)[] days, AttendanceIndex attendance, int a, int b, DateRange time)
    {
        var shorter = attendance.Of(a);
        var longer = attendance.Of(b);
        if (shorter.Length > longer.Length)
        {
            var swap = shorter;
            shorter = longer;
            longer = swap;
        }

        var (earliest, latest) = (time.Earliest.DayNumber, time.Latest.DayNumber);
        foreach (var meeting in shorter)
        {
            if (latest >= days[meeting].Earliest && earliest <= days[meeting].Latest && longer.BinarySearch(meeting) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
