using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// The rows of one history or timeline while its query makes them, each with what the finish reads of it — its place in time order
/// as one number, and for a <c>met</c> relation row or a meeting row its days and the entity positions folding needs — worked out
/// once, when the row is added (the query knows the positions; nothing is looked up by id again). <see cref="Finish"/> then filters,
/// folds <c>met</c> rows into meeting rows and sorts, in place: the rows are the query's own until it returns them.
/// </summary>
internal sealed class HistoryRows
{
    /// <summary>Up to this many pairs of a <c>met</c> row and a meeting row, the meeting rows are searched by time; above, attendances are indexed.</summary>
    private const long PairwiseFold = 16_384;

    /// <summary>A meeting row spanning more days than this is checked against every <c>met</c> row rather than found by its start.</summary>
    private const int WideMeeting = 366;

    private readonly DiplomaticGraph graph;
    private HistoryEntry[] rows;
    private Facts[] facts;
    private int count;
    private int metRows;
    private int meetingRows;

    /// <summary>Up to this many rows, the finish sorts their keys on the stack.</summary>
    private const int StackKeys = 256;

    /// <summary>Up to this many rows, a thread's arrays are kept for its next query (<see cref="spare"/>).</summary>
    private const int KeptCapacity = 1024;

    /// <summary>The row and fact arrays of this thread's last query, cleared, for the next one (none while a query holds them).</summary>
    [ThreadStatic]
    private static (HistoryEntry[] Rows, Facts[] Facts)? spare;

    public HistoryRows(DiplomaticGraph graph, int capacity)
    {
        this.graph = graph;
        capacity = Math.Max(capacity, 4);
        if (spare is { } kept && kept.Rows.Length >= capacity)
        {
            spare = null;
            (rows, facts) = kept;
            return;
        }

        rows = new HistoryEntry[capacity];
        facts = new Facts[capacity];
    }

    /// <summary>How many rows there are.</summary>
    public int Count => count;

    /// <summary>
    /// Adds a relation row made of <paramref name="relation"/>, with the positions of its two ends when known: <paramref name="first"/>
    /// is checked first for having attended a meeting row (better the end less likely to have: in a timeline, not the entity's own).
    /// Unknown (−1), they are looked up when needed, <c>from</c> first.
    /// </summary>
    public void AddRelation(HistoryEntry row, Relation relation, int first = -1, int second = -1)
    {
        var time = relation.Time;
        AddRelation(row, SortKey(time), time.Earliest.DayNumber, time.Latest.DayNumber, relation.Is(BuiltInRelationTypes.Met), first, second, time.Start is not null);
    }

    /// <summary>
    /// Adds a relation row as <see cref="AddRelation(HistoryEntry, Relation, int, int)"/>, its time given as day numbers (the
    /// earliest not the first day of all: a time with a lower bound) and whether it is a <c>met</c> relation, so that the relation
    /// is not read.
    /// </summary>
    public void AddRelation(HistoryEntry row, int earliest, int latest, bool met, int first, int second) =>
        AddRelation(row, (long)earliest << 32, earliest, latest, met, first, second, byEarliest: true);

    /// <summary>
    /// A relation row with its sort key (<paramref name="byEarliest"/>: made of its earliest day, as the relations of an entity are
    /// kept in order): a <c>met</c> row keeps its days and end positions for folding into meeting rows.
    /// </summary>
    private void AddRelation(HistoryEntry row, long key, int earliest, int latest, bool met, int first, int second, bool byEarliest)
    {
        if (met)
        {
            metRows++;
            Add(row, new Facts(key, earliest, latest, first, second, Role.Met, byEarliest));
        }
        else
        {
            Add(row, new Facts(key, 0, 0, -1, -1, Role.Other, byEarliest));
        }
    }

    /// <summary>Adds a meeting row, with the meeting's position.</summary>
    public void AddMeeting(HistoryEntry row, int meeting)
    {
        var time = row.Time;
        meetingRows++;
        Add(row, new Facts(SortKey(time), time.Earliest.DayNumber, time.Latest.DayNumber, meeting, -1, Role.Meeting, byEarliest: false));
    }

    /// <summary>Adds any row: its relation or meeting found from the row.</summary>
    public void Add(HistoryEntry row)
    {
        if (row.Kind == HistoryEntryKind.Meeting && row.Meeting is { } meeting)
        {
            AddMeeting(row, graph.QueryIndexes.PositionOf(meeting));
        }
        else if (row.Kind == HistoryEntryKind.Relation && row.MadeOf is { } relation)
        {
            AddRelation(row, relation);
        }
        else
        {
            Add(row, new Facts(SortKey(row.Time), 0, 0, -1, -1, Role.Other, byEarliest: false));
        }
    }

    /// <summary>Adds each of the rows.</summary>
    public void AddRange(List<HistoryEntry> more)
    {
        foreach (var row in more)
        {
            Add(row);
        }
    }

    /// <summary>
    /// The answer: the rows the filter keeps (types, assertions, window — rows only possibly in it marked so), a <c>met</c> row
    /// whose two ends both attended a meeting row of overlapping time folded into the first such (in row order), then in time
    /// order (<see cref="SortKey"/>; ties in the order the rows were added).
    /// </summary>
    public ImmutableArray<HistoryEntry> Finish(QueryFilter filter)
    {
        if (filter.OnlyTypes is not null || filter.Assertions is not null || filter.Window is not null)
        {
            Keep(filter);
        }

        if (metRows > 0 && meetingRows > 0)
        {
            if ((long)metRows * meetingRows <= PairwiseFold)
            {
                FoldByTime();
            }
            else
            {
                FoldIndexed();
            }
        }

        // Rows keyed by their earliest day mostly come in time order (an entity's relations are kept so): those in order are one
        // sorted run, at the front; the rest (meeting and statement rows, times without a start, any out of order) go to the back,
        // are sorted there and merged in. When the run is all the rows, they are the answer as they are.
        Span<long> keys = count <= StackKeys ? stackalloc long[count] : new long[count];
        var (run, rest, last) = (0, count, long.MinValue);
        for (var i = 0; i < count; i++)
        {
            if (facts[i].Role != Role.Folded)
            {
                var key = facts[i].Key | (uint)i;
                if (facts[i].ByEarliest && key > last)
                {
                    keys[run++] = last = key;
                }
                else
                {
                    keys[--rest] = key;
                }
            }
        }

        var answer = new HistoryEntry[run + count - rest];
        if (run == count)
        {
            Array.Copy(rows, answer, count);
        }
        else
        {
            keys[rest..].Sort();
            for (int n = 0, a = 0, b = rest; n < answer.Length; n++)
            {
                var key = b == count || (a < run && keys[a] < keys[b]) ? keys[a++] : keys[b++];
                answer[n] = rows[(int)(key & uint.MaxValue)];
            }
        }

        if (rows.Length <= KeptCapacity)
        {
            Array.Clear(rows, 0, count); // no rows kept alive by the spare arrays (facts hold no references)
            spare = (rows, facts);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(answer);
    }

    private void Add(HistoryEntry row, Facts fact)
    {
        if (count == rows.Length)
        {
            Array.Resize(ref rows, count * 2);
            Array.Resize(ref facts, count * 2);
        }

        rows[count] = row;
        facts[count++] = fact;
    }

    /// <summary>Keeps the rows the filter lets through, in order.</summary>
    private void Keep(QueryFilter filter)
    {
        var assertions = filter.Assertions ?? QueryFilter.AnyAssertion;
        var kept = 0;
        (metRows, meetingRows) = (0, 0);
        for (var i = 0; i < count; i++)
        {
            var row = rows[i];
            if ((filter.OnlyTypes is null || filter.OnlyTypes.Contains(row.Type)) && assertions.Contains(row.Assertion) && filter.Fit(row.Time) is { } fit)
            {
                if (fit != WindowMatch.Certainly)
                {
                    row.MarkPossiblyInWindow();
                }

                metRows += facts[i].Role == Role.Met ? 1 : 0;
                meetingRows += facts[i].Role == Role.Meeting ? 1 : 0;
                rows[kept] = row;
                facts[kept++] = facts[i];
            }
        }

        Array.Clear(rows, kept, count - kept);
        count = kept;
    }

    /// <summary>The position of a <c>met</c> row's end, looked up once when the query did not know it.</summary>
    private int End(ref int known, string id) => known >= 0 ? known : known = graph.QueryIndexes.PositionOf(id);

    /// <summary>
    /// For few pairs of <c>met</c> and meeting rows: the meeting rows by earliest day, so that each <c>met</c> row checks only those of
    /// overlapping time (a binary search; a meeting row longer than <see cref="WideMeeting"/> days is checked for every <c>met</c> row);
    /// the first in row order that both ends attended (two binary searches in <see cref="AttendanceIndex"/>) takes it.
    /// </summary>
    private void FoldByTime()
    {
        var index = graph.QueryIndexes.Attendance;
        Span<long> byStart = meetingRows <= 64 ? stackalloc long[meetingRows] : new long[meetingRows];
        Span<int> wide = meetingRows <= 64 ? stackalloc int[meetingRows] : new int[meetingRows];
        var (narrow, wides, longest) = (0, 0, 0L);
        for (var i = 0; i < count; i++)
        {
            ref readonly var meeting = ref facts[i];
            if (meeting.Role != Role.Meeting)
            {
                continue;
            }

            var span = (long)meeting.Latest - meeting.Earliest;
            if (span > WideMeeting)
            {
                wide[wides++] = i;
            }
            else
            {
                byStart[narrow++] = ((long)meeting.Earliest << 32) | (uint)i;
                longest = Math.Max(longest, span);
            }
        }

        byStart = byStart[..narrow];
        byStart.Sort();
        wide = wide[..wides];
        for (var i = 0; i < count; i++)
        {
            ref var met = ref facts[i];
            if (met.Role != Role.Met)
            {
                continue;
            }

            // Meeting rows of overlapping time start between the met row's earliest day less the longest narrow one and its latest day.
            var taker = int.MaxValue;
            var from = ~byStart.BinarySearch((Math.Max(met.Earliest - longest, 0) << 32) - 1); // no row index is uint.MaxValue: never found
            for (var at = from; at < byStart.Length && (int)(byStart[at] >> 32) <= met.Latest; at++)
            {
                taker = Math.Min(taker, Taker(i, ref met, (int)(byStart[at] & uint.MaxValue), taker, index));
            }

            foreach (var k in wide)
            {
                taker = Math.Min(taker, Taker(i, ref met, k, taker, index));
            }

            if (taker != int.MaxValue)
            {
                rows[taker].Fold(rows[i].MadeOf!, graph);
                met.Role = Role.Folded;
            }
        }
    }

    /// <summary>
    /// Meeting row <paramref name="k"/> when it comes before <paramref name="before"/>, is of overlapping time and both ends of
    /// <c>met</c> row <paramref name="i"/> attended it; else <see cref="int.MaxValue"/>.
    /// </summary>
    private int Taker(int i, ref Facts met, int k, int before, AttendanceIndex index)
    {
        ref readonly var meeting = ref facts[k];
        if (k >= before || met.Latest < meeting.Earliest || met.Earliest > meeting.Latest)
        {
            return int.MaxValue;
        }

        // The ends' positions as the query gave them: the relation is read only to look up one it did not know.
        return index.Attended(met.From >= 0 ? met.From : End(ref met.From, rows[i].MadeOf!.From), meeting.From)
            && index.Attended(met.To >= 0 ? met.To : End(ref met.To, rows[i].MadeOf!.To), meeting.From) ? k : int.MaxValue;
    }

    /// <summary>
    /// For many pairs: the meeting rows each end of a <c>met</c> row attended (from its attendances, or each meeting row looked up
    /// among a busy attendee's), once per end; the first in row order both attended, of overlapping time, takes it.
    /// </summary>
    private void FoldIndexed()
    {
        var topology = graph.QueryIndexes;
        var index = topology.Attendance;
        var byMeeting = new Dictionary<int, int>(meetingRows);
        for (var i = 0; i < count; i++)
        {
            if (facts[i].Role == Role.Meeting)
            {
                byMeeting.TryAdd(facts[i].From, i);
            }
        }

        var attendedRows = new Dictionary<int, List<int>>();
        List<int> MeetingRowsOf(int position)
        {
            if (!attendedRows.TryGetValue(position, out var found))
            {
                found = [];
                var attended = index.Of(position);
                if (attended.Length <= byMeeting.Count)
                {
                    foreach (var meeting in attended)
                    {
                        if (byMeeting.TryGetValue(meeting, out var row))
                        {
                            found.Add(row);
                        }
                    }

                    found.Sort();
                }
                else
                {
                    // A busy attendee: look up each meeting row among its meetings instead (meeting rows are in row order).
                    foreach (var (meeting, row) in byMeeting)
                    {
                        if (attended.BinarySearch(meeting) >= 0)
                        {
                            found.Add(row);
                        }
                    }
                }

                attendedRows[position] = found;
            }

            return found;
        }

        for (var i = 0; i < count; i++)
        {
            ref var met = ref facts[i];
            if (met.Role != Role.Met)
            {
                continue;
            }

            var relation = rows[i].MadeOf!;
            var ofTo = MeetingRowsOf(End(ref met.To, relation.To));
            foreach (var m in MeetingRowsOf(End(ref met.From, relation.From)))
            {
                if (ofTo.BinarySearch(m) >= 0 && met.Latest >= facts[m].Earliest && met.Earliest <= facts[m].Latest)
                {
                    rows[m].Fold(relation, graph);
                    met.Role = Role.Folded;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A row's place in time order, as the high bits of one number (the low 32 are left for its index): the earliest possible day;
    /// without a lower bound, the latest possible day; unknown times last.
    /// </summary>
    private static long SortKey(DateRange time) =>
        time.Start is not null ? (long)time.Earliest.DayNumber << 32 : time.End is not null ? (long)time.Latest.DayNumber << 32 : 1L << 54;

    private enum Role : byte
    {
        Other,
        Met,
        Meeting,
        Folded,
    }

    /// <summary>What the finish reads of one row.</summary>
    private struct Facts(long key, int earliest, int latest, int from, int to, Role role, bool byEarliest)
    {
        /// <summary>Its <see cref="SortKey"/>.</summary>
        public readonly long Key = key;

        /// <summary>A <c>met</c> or meeting row's earliest possible day number.</summary>
        public readonly int Earliest = earliest;

        /// <summary>Its latest possible day number.</summary>
        public readonly int Latest = latest;

        /// <summary>A <c>met</c> row's first end to check (its <c>from</c> when looked up; −1 until known), or a meeting row's meeting.</summary>
        public int From = from;

        /// <summary>A <c>met</c> row's other end (its <c>to</c> when looked up; −1 until known).</summary>
        public int To = to;

        /// <summary>What it is to the folding.</summary>
        public Role Role = role;

        /// <summary>True when <see cref="Key"/> is its earliest day and it was added in the order of its entity's relations.</summary>
        public readonly bool ByEarliest = byEarliest;
    }
}
