using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Relation histories of a pair and timelines of one entity: "what passed between them, when, and who says so".</summary>
public static class HistoryQueries
{
    /// <summary>
    /// Everything between two entities, one row per event, in time order: every relation between them, every meeting both
    /// attended, and every statement with one of them among its speakers and the other among its speakers or subjects. A country or organization takes part through those who act for it at that time — people holding office
    /// (<c>holds-office</c>), members (<c>member-of</c>), its government (<c>governs</c>) and places within it (<c>located-in</c>),
    /// transitively — so the Pakistan–Afghanistan history includes the meeting of Pakistan's envoy with Afghanistan's foreign
    /// minister, and each such row names who took part for whom (<see cref="HistoryEntry.Parties"/>). With
    /// <paramref name="direct"/>, only what the two entities did themselves.
    /// </summary>
    /// <remarks>
    /// <para>One row per event: a <c>met</c> relation between two parties of a meeting row of overlapping time is folded into
    /// that meeting row (its relations and citations), not listed again (when the filter keeps both rows). A meeting row lists
    /// every attendee.</para>
    /// <para>Order: by the earliest possible day of each row's time (a month-precision <c>2025-03</c> sorts as March 1, before
    /// <c>2025-03-22</c>); a time with no lower bound (<c>before …</c>) by its latest possible day; <c>unknown</c> times last.
    /// Ties keep relation rows before meeting rows, each in input order.</para>
    /// <para>A member counts only when its office or membership time is not certainly disjoint from the row's time
    /// (three-valued: an office of <c>2025</c> counts for a meeting on <c>2025-03-22</c> and for one of unknown date).</para>
    /// <para>Filter: relation types (a meeting row is <c>attended</c>), assertions (every one by default; a meeting row has its
    /// first party's attendance's), the window (<see cref="HistoryEntry.InWindow"/> marks rows that only possibly fall in it;
    /// <see cref="WindowMatch.Certainly"/> keeps only the others), kinds (which kinds of member may act for a party) and
    /// direction (relations from the first side to the second only).</para>
    /// <para>Cost: what the answer costs. Relations come from <see cref="DiplomaticGraph.RelationsBetween"/> per pair of members, or
    /// from the relations of the smaller side when that is cheaper; shared meetings from the attendances of the side with fewer
    /// relations, each checked against the other side with an index lookup — no index of pairs of attendees, so a meeting of
    /// 10,000 attendees costs its attendee list once, not 50 million pairs.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="entityA">The id of the first party; rows put its side in <see cref="HistoryEntry.Party"/>.</param>
    /// <param name="entityB">The id of the second party.</param>
    /// <param name="filter">Types, assertions, window, kinds of member and direction; none when <see langword="null"/>.</param>
    /// <param name="direct">Only what the two entities did themselves, not their office holders, members, government or places.</param>
    /// <exception cref="EntityResolutionException">Either is neither an id nor a name that resolves to one entity (ids and names both work).</exception>
    /// <example><code>
    /// foreach (var row in graph.History("pakistan", "afghanistan"))
    ///     Console.WriteLine($"{row.Time}  {row.Type}  {row.Meeting?.Name ?? row.OtherParty.Name}  “{row.Citations[0].Quote}”");
    /// </code></example>
    public static ImmutableArray<HistoryEntry> History(this DiplomaticGraph graph, string entityA, string entityB, QueryFilter? filter = null, bool direct = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        filter ??= QueryFilter.Default;
        var sideA = new HistorySide(graph, QueryInput.Entity(graph, entityA), !direct, filter);
        var sideB = new HistorySide(graph, QueryInput.Entity(graph, entityB), !direct, filter);
        var rows = new HistoryRows(graph, 16);
        var seen = new HashSet<Relation>(ReferenceEqualityComparer.Instance);
        foreach (var (relation, xa, xb) in RelationsBetween(graph, sideA, sideB))
        {
            if (filter.Directed && relation.From != xa)
            {
                continue;
            }

            if (sideA.During(xa, relation.Time) is { } a && sideB.During(xb, relation.Time) is { } b && seen.Add(relation))
            {
                var (from, to) = relation.From == xa ? (sideA.Spec(a, relation.Role), sideB.Spec(b, null)) : (sideB.Spec(b, relation.Role), sideA.Spec(a, null));
                rows.AddRelation(RelationRow(graph, relation, a.Entity, b.Entity, a.Via.AddRange(b.Via), from, to), relation);
            }
        }

        rows.AddRange(SharedMeetings(graph, sideA, sideB));
        rows.AddRange(SharedStatements(graph, sideA, sideB));
        return rows.Finish(filter);
    }

    /// <summary>
    /// Everything one entity took part in, one row per event, in time order: each of its relations, the meetings it attended as
    /// meeting rows (the meeting's time, its role, every attendee, the meeting's and the attendance's citations), and the statements
    /// it made or that are about it as statement rows (speakers and subjects, act, quoted or reported). A country or
    /// organization takes part through its office holders, members, government and places, as in <see cref="History"/>, unless
    /// <paramref name="direct"/>.
    /// </summary>
    /// <remarks>Same rows, folding, order and filter as <see cref="History"/>; direction keeps relations leaving the side.
    /// Cost: the relations of the entity (and of its members), once.</remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="filter">Types, assertions, window, kinds of member and direction; none when <see langword="null"/>.</param>
    /// <param name="direct">Only what the entity did itself.</param>
    /// <exception cref="EntityResolutionException">It is neither an id nor a name that resolves to one entity (ids and names both work).</exception>
    public static ImmutableArray<HistoryEntry> Timeline(this DiplomaticGraph graph, string entityId, QueryFilter? filter = null, bool direct = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        filter ??= QueryFilter.Default;
        var topology = graph.QueryIndexes;
        var entities = topology.Entities;
        var at = QueryInput.Position(graph, entityId); // one lookup: the entity, its relations and its slots by position
        var side = new HistorySide(graph, entities[at], !direct, filter);
        var adjacency = topology.TimeRespecting;
        var alone = side.Members.Count == 1;
        var rows = new HistoryRows(graph, alone ? topology.RelationsAt(at).Length : (int)Math.Min(side.Degree, 1024));
        HashSet<Relation>? seen = null;
        HistoryEventParts? meetings = null;
        HistoryEventParts? statements = null;
        MetAtMeetings? folds = null;
        foreach (var member in side.Members)
        {
            // The other ends and directions come from the time-respecting adjacency (the same relations in the same order,
            // self-loops left out: a relation is one when its slot holds another): no lookup or comparison of ids.
            var position = ReferenceEquals(member, side.Entity) ? at : topology.PositionOf(member);
            var slot = adjacency.Start[position];
            var end = adjacency.Start[position + 1];
            var memberIsMeeting = (adjacency.Events[position] & TimeRespectingAdjacency.MeetingEvent) != 0;
            foreach (var relation in topology.RelationsAt(position))
            {
                var selfLoop = slot == end || !ReferenceEquals(adjacency.Relations[slot], relation);
                var here = slot;
                var step = selfLoop ? default : adjacency.Packed[slot++];
                var outgoing = selfLoop || step.Leaves;
                var otherPosition = selfLoop ? position : step.Next;
                var other = selfLoop ? member : entities[otherPosition];

                // Whether the other end is a meeting or a statement comes from one byte per entity: most other ends are not read.
                if (adjacency.Events[otherPosition] != 0)
                {
                    if (outgoing && other.Meeting is { } details && relation.Is(BuiltInRelationTypes.Attended))
                    {
                        if (side.During(member, details.Time) is { } attendee)
                        {
                            (meetings ??= new()).Add(otherPosition, other, attendee, relation);
                        }

                        continue;
                    }

                    if (other.Statement is { } statement && IsStatementPart(relation, other.Id))
                    {
                        if (side.During(member, statement.Time) is { } part)
                        {
                            (statements ??= new()).Add(otherPosition, other, part, relation);
                        }

                        continue;
                    }
                }

                // A relation is met twice only between two members, or as a self-loop (listed at both of its ends).
                if ((filter.Directed && !outgoing) || side.During(member, relation) is not { } who
                    || ((selfLoop || !alone) && !(seen ??= new(ReferenceEqualityComparer.Instance)).Add(relation)))
                {
                    continue;
                }

                var also = side.During(other, relation);
                HistoryEntry row;
                if (who.Via.IsEmpty && (also is null || also.Via.IsEmpty))
                {
                    row = new HistoryEntry(graph, relation, member, other, null, roleOnFrom: outgoing); // both ends acted themselves
                }
                else
                {
                    var self = side.Spec(who, relation.Role);
                    var them = also is null ? PartySpec.Outside(other) : side.Spec(also, null);
                    var parts = outgoing ? new RelationRowParts(graph, relation, self, them, who.Via) : new RelationRowParts(graph, relation, them, self, who.Via);
                    row = new HistoryEntry(graph, relation, member, other, parts, outgoing);
                }

                // The other end first: the side attended its meeting rows. Without a meeting at either end, the slot holds the
                // relation's days and type, so the relation itself is not read (a start on the first day of all is read again). A
                // met relation whose ends attended no meeting of overlapping time together is no row to fold.
                if (!selfLoop && !memberIsMeeting && (adjacency.Events[otherPosition] & TimeRespectingAdjacency.MeetingEvent) == 0 && step.Earliest != 0)
                {
                    rows.AddRelation(row, step.Earliest, step.Latest, step.Type == adjacency.MetType && (folds ??= topology.MetAtMeetings).At(here), otherPosition, position);
                }
                else
                {
                    rows.AddRelation(row, relation, otherPosition, position);
                }
            }
        }

        if (meetings is not null)
        {
            AddMeetingRows(graph, side, rows, meetings);
        }

        if (statements is not null)
        {
            AddStatementRows(graph, side, rows, statements);
        }

        return rows.Finish(filter);
    }

    /// <summary>A timeline's meeting rows: one per meeting the side attended, in the order first met.</summary>
    private static void AddMeetingRows(DiplomaticGraph graph, HistorySide side, HistoryRows rows, HistoryEventParts meetings)
    {
        foreach (var meeting in meetings.Events)
        {
            var attendances = HistoryEventParts.Distinct(in meeting);
            var (who, attended) = attendances[0];
            rows.AddMeeting(MeetingRow(graph, meeting.Entity, attended, who.Entity, meeting.Entity, attendances, Ours(side, attendances, static part => part.Role)), meeting.Position);
        }
    }

    /// <summary>A timeline's statement rows: one per statement the side made or is about, in the order first met.</summary>
    private static void AddStatementRows(DiplomaticGraph graph, HistorySide side, HistoryRows rows, HistoryEventParts statements)
    {
        foreach (var statement in statements.Events)
        {
            var parts = HistoryEventParts.Distinct(in statement);
            var (who, part) = parts[0];
            rows.Add(StatementRow(graph, statement.Entity, part, who.Entity, statement.Entity, parts, Ours(side, parts, RoleIn)));
        }
    }

    /// <summary>
    /// A timeline event's parties of the side that acted for it (a member, through an office or membership), with the role
    /// <paramref name="role"/> gives their part. Those who took part themselves are left out: the row lists them as it lists
    /// any other party, from their relation (the same party).
    /// </summary>
    private static (Relation, PartySpec)[] Ours(HistorySide side, ReadOnlySpan<(Representative Who, Relation Part)> parts, Func<Relation, string?> role)
    {
        var acting = 0;
        foreach (var (who, _) in parts)
        {
            acting += who.Via.IsEmpty ? 0 : 1;
        }

        if (acting == 0)
        {
            return [];
        }

        var ours = new (Relation, PartySpec)[acting];
        var at = 0;
        foreach (var (who, part) in parts)
        {
            if (!who.Via.IsEmpty)
            {
                ours[at++] = (part, side.Spec(who, role(part)));
            }
        }

        return ours;
    }

    /// <summary>Relations between a member of one side and a member of the other, each with the two members' ids (side A's first).</summary>
    private static IEnumerable<(Relation Relation, string A, string B)> RelationsBetween(DiplomaticGraph graph, HistorySide sideA, HistorySide sideB)
    {
        var pairs = (long)sideA.Members.Count * sideB.Members.Count;
        if (pairs <= Math.Min(sideA.Degree, sideB.Degree))
        {
            foreach (var a in sideA.Members)
            {
                foreach (var b in sideB.Members)
                {
                    if (a != b)
                    {
                        foreach (var relation in graph.RelationsBetween(a.Id, b.Id))
                        {
                            yield return (relation, a.Id, b.Id);
                        }
                    }
                }
            }

            yield break;
        }

        var (scan, other, scanIsA) = sideA.Degree <= sideB.Degree ? (sideA, sideB, true) : (sideB, sideA, false);
        foreach (var member in scan.Members)
        {
            foreach (var relation in graph.RelationsOf(member.Id))
            {
                var end = relation.From == member.Id ? relation.To : relation.From;
                if (end != member.Id && other.Contains(end))
                {
                    yield return scanIsA ? (relation, member.Id, end) : (relation, end, member.Id);
                }
            }
        }
    }

    /// <summary>
    /// Meetings a member of each side attended (two different entities), as rows: the candidates are the meetings of the side with
    /// fewer attendances (<see cref="AttendanceIndex"/>, sorted ints), each checked against the other side's sorted lists by binary
    /// search, or against a set of them when that is cheaper. Relations are looked up only for the meetings that match.
    /// Internal, not private, so that it is tested on its own (tests/DiplomacyGraph.Tests/Queries/SharedMeetingsTests).
    /// </summary>
    internal static List<HistoryEntry> SharedMeetings(DiplomaticGraph graph, HistorySide sideA, HistorySide sideB)
    {
        var index = graph.QueryIndexes.Attendance;
        var (positionsA, positionsB, scan, probe) = Positions(graph, sideA, sideB, static (ix, p) => ix.Of(p).Length);
        if (scan.Length == 1 && probe.Length == 1)
        {
            // Two entities alone (direct, or no members): the meetings of both are the intersection of two sorted lists.
            return MeetingRows(graph, sideA, sideB, positionsA, positionsB, Intersection(index.Of(scan[0]), index.Of(probe[0])));
        }

        var candidates = new List<int>();
        var seen = new HashSet<int>();
        foreach (var member in scan)
        {
            foreach (var meeting in index.Of(member))
            {
                if (seen.Add(meeting))
                {
                    candidates.Add(meeting);
                }
            }
        }

        HashSet<int>? probeSet = null;
        if ((long)candidates.Count * probe.Length > probe.Sum(p => (long)index.Of(p).Length))
        {
            probeSet = [];
            foreach (var member in probe)
            {
                foreach (var meeting in index.Of(member))
                {
                    probeSet.Add(meeting);
                }
            }
        }

        var shared = new List<int>();
        foreach (var position in candidates)
        {
            if (probeSet is null ? AnyMember(index, probe, position, static (ix, m, p) => ix.Attended(m, p)) : probeSet.Contains(position))
            {
                shared.Add(position);
            }
        }

        return MeetingRows(graph, sideA, sideB, positionsA, positionsB, shared);
    }

    /// <summary>
    /// The index positions of each side's members, and which side to scan (the one with fewer events, by
    /// <paramref name="events"/>: meetings or statements per position) and which to probe.
    /// </summary>
    private static (int[] A, int[] B, int[] Scan, int[] Probe) Positions(
        DiplomaticGraph graph, HistorySide sideA, HistorySide sideB, Func<AttendanceIndex, int, int> events)
    {
        var topology = graph.QueryIndexes;
        var positionsA = sideA.Members.Select(topology.PositionOf).ToArray();
        var positionsB = sideB.Members.Select(topology.PositionOf).ToArray();
        long Count(int[] positions) => positions.Sum(p => (long)events(topology.Attendance, p));
        return Count(positionsA) <= Count(positionsB) ? (positionsA, positionsB, positionsA, positionsB) : (positionsA, positionsB, positionsB, positionsA);
    }

    /// <summary>True when any of the members is in the event at the position, by the index's test (attended or in the statement).</summary>
    private static bool AnyMember(AttendanceIndex index, int[] members, int position, Func<AttendanceIndex, int, int, bool> isIn)
    {
        foreach (var member in members)
        {
            if (isIn(index, member, position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The side's members in the event at the position (by the index's test) who could act for the side at its time.</summary>
    private static IEnumerable<Representative> ActingMembers(
        DiplomaticGraph graph, HistorySide side, int[] positions, int position, DateRange time, Func<AttendanceIndex, int, int, bool> isIn)
    {
        var index = graph.QueryIndexes.Attendance;
        for (var i = 0; i < positions.Length; i++)
        {
            if (isIn(index, positions[i], position) && side.During(side.Members[i].Id, time) is { } who)
            {
                yield return who;
            }
        }
    }

    /// <summary>The items of both sorted lists, in order: a binary search of each of the shorter's in the longer, or one merge.</summary>
    private static List<int> Intersection(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var found = new List<int>();
        if (a.Length > b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        if (a.Length == 0)
        {
            return found;
        }

        if (a.Length * 8 < b.Length)
        {
            var from = 0;
            foreach (var item in a)
            {
                var at = b[from..].BinarySearch(item);
                if (at >= 0)
                {
                    found.Add(item);
                    from += at + 1;
                }
                else
                {
                    from += ~at;
                }
            }

            return found;
        }

        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                found.Add(a[i]);
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return found;
    }

    /// <summary>The meeting rows of meetings a member of each side attended, in the order given.</summary>
    private static List<HistoryEntry> MeetingRows(DiplomaticGraph graph, HistorySide sideA, HistorySide sideB, int[] positionsA, int[] positionsB, List<int> shared)
    {
        var topology = graph.QueryIndexes;
        var rows = new List<HistoryEntry>();
        foreach (var position in shared)
        {
            var meeting = topology.Entities[position];
            var attA = Attendances(graph, sideA, positionsA, position, meeting);
            var attB = Attendances(graph, sideB, positionsB, position, meeting);
            var pair = attA.SelectMany(a => attB.Where(b => b.Who.Entity != a.Who.Entity).Select(b => (a.Who, a.Attended, Other: b.Who.Entity))).FirstOrDefault();
            if (pair.Who is null)
            {
                continue; // one entity on both sides does not make a meeting between them, nor members out of office
            }

            var attendances = attA.Concat(attB).DistinctBy(a => a.Attended).ToList();
            (Relation, PartySpec)[] ours = [.. attA.Select(a => (a.Attended, sideA.Spec(a.Who, a.Attended.Role))), .. attB.Select(b => (b.Attended, sideB.Spec(b.Who, b.Attended.Role)))];
            rows.Add(MeetingRow(graph, meeting, pair.Attended, pair.Who.Entity, pair.Other, CollectionsMarshal.AsSpan(attendances), ours));
        }

        return rows;
    }

    /// <summary>The side's attendances of one meeting, by members who could act for it at the meeting's time.</summary>
    private static List<(Representative Who, Relation Attended)> Attendances(DiplomaticGraph graph, HistorySide side, int[] positions, int position, Entity meeting)
    {
        var found = new List<(Representative, Relation)>();
        foreach (var who in ActingMembers(graph, side, positions, position, meeting.Meeting!.Time, static (ix, m, p) => ix.Attended(m, p)))
        {
            // A meeting's few relations are scanned (one lookup by id); a big meeting's pair is looked up. Either way in time order.
            var ofMeeting = graph.RelationsOf(meeting.Id);
            var scan = ofMeeting.Length <= ScannedMeeting && who.Entity.Id != meeting.Id;
            foreach (var relation in scan ? ofMeeting : graph.RelationsBetween(who.Entity.Id, meeting.Id))
            {
                if (relation.Is(BuiltInRelationTypes.Attended) && relation.From == who.Entity.Id && (!scan || relation.To == meeting.Id))
                {
                    found.Add((who, relation));
                }
            }
        }

        return found;
    }

    /// <summary>Up to this many relations, a meeting's relations are scanned for an attendance rather than the pair looked up.</summary>
    private const int ScannedMeeting = 32;

    /// <summary>
    /// Statements with a party of each side (two different entities) among their speakers and subjects, as rows: candidates from
    /// the side with fewer statements (<see cref="AttendanceIndex.StatementsOf"/>), each checked against the other side by binary search.
    /// </summary>
    private static List<HistoryEntry> SharedStatements(DiplomaticGraph graph, HistorySide sideA, HistorySide sideB)
    {
        var topology = graph.QueryIndexes;
        var index = topology.Attendance;
        var (positionsA, positionsB, scan, probe) = Positions(graph, sideA, sideB, static (ix, p) => ix.StatementsOf(p).Length);
        List<int> shared;
        if (scan.Length == 1 && probe.Length == 1)
        {
            shared = Intersection(index.StatementsOf(scan[0]), index.StatementsOf(probe[0]));
        }
        else
        {
            shared = [];
            var seen = new HashSet<int>();
            foreach (var member in scan)
            {
                foreach (var position in index.StatementsOf(member))
                {
                    if (seen.Add(position) && AnyMember(index, probe, position, static (ix, m, p) => ix.InStatement(m, p)))
                    {
                        shared.Add(position);
                    }
                }
            }
        }

        var rows = new List<HistoryEntry>();
        foreach (var position in shared)
        {
            var statement = topology.Entities[position];
            var partsA = Parts(graph, sideA, positionsA, position, statement);
            var partsB = Parts(graph, sideB, positionsB, position, statement);
            // One of them speaks; the other speaks too or is what it is about (two subjects alone are no exchange between them).
            var pair = partsA.SelectMany(a => partsB.Where(b => b.Who.Entity != a.Who.Entity && (a.Part.Is(BuiltInRelationTypes.Said) || b.Part.Is(BuiltInRelationTypes.Said)))
                    .Select(b => (a.Who, a.Part, Other: b.Who.Entity)))
                .OrderBy(p => p.Part.Is(BuiltInRelationTypes.Said) ? 0 : 1).FirstOrDefault();
            if (pair.Who is null)
            {
                continue;
            }

            var parts = partsA.Concat(partsB).DistinctBy(p => p.Part).ToList();
            (Relation, PartySpec)[] ours = [.. partsA.Select(a => (a.Part, sideA.Spec(a.Who, RoleIn(a.Part)))), .. partsB.Select(b => (b.Part, sideB.Spec(b.Who, RoleIn(b.Part))))];
            rows.Add(StatementRow(graph, statement, pair.Part, pair.Who.Entity, pair.Other, CollectionsMarshal.AsSpan(parts), ours));
        }

        return rows;
    }

    /// <summary>The side's parts in one statement (its <c>said</c> and <c>about</c> relations), by members who could act for it then.</summary>
    private static List<(Representative Who, Relation Part)> Parts(DiplomaticGraph graph, HistorySide side, int[] positions, int position, Entity statement)
    {
        var found = new List<(Representative, Relation)>();
        foreach (var who in ActingMembers(graph, side, positions, position, statement.Statement!.Time, static (ix, m, p) => ix.InStatement(m, p)))
        {
            foreach (var relation in graph.RelationsBetween(who.Entity.Id, statement.Id))
            {
                if (IsStatementPart(relation, statement.Id))
                {
                    found.Add((who, relation));
                }
            }
        }

        return found;
    }

    /// <summary>True for a <c>said</c> relation to the statement or an <c>about</c> relation from it.</summary>
    internal static bool IsStatementPart(Relation relation, string statement) =>
        (relation.Is(BuiltInRelationTypes.Said) && relation.To == statement) || (relation.Is(BuiltInRelationTypes.About) && relation.From == statement);

    /// <summary>A party's role in a statement: the <c>said</c> relation's role (<c>speaker</c> when none), or <c>about</c> for a subject.</summary>
    internal static string RoleIn(Relation part) =>
        part.Is(BuiltInRelationTypes.About) ? "about" : part.Role ?? "speaker";

    /// <summary>A statement row: the parties (every speaker and subject, the queried sides' own marked with whom they acted for) are listed when first read.</summary>
    private static HistoryEntry StatementRow(
        DiplomaticGraph graph, Entity statement, Relation partyPart, Entity party, Entity other,
        ReadOnlySpan<(Representative Who, Relation Part)> parts, (Relation Part, PartySpec Party)[] sides)
    {
        var occasion = StatementQueries.OccasionOf(graph, statement.Id);
        var relations = Parts(parts);
        return new HistoryEntry(
            HistoryEntryKind.Statement, statement.Id, statement.Statement!.Time, BuiltInRelationTypes.Said.Name, RoleIn(partyPart), partyPart.Assertion, partyPart.ClaimedBy,
            party, other, occasion, relations, Via(parts), default, default, WindowMatch.Certainly, statement)
        {
            Pending = new EventRowParts(graph, HistoryEntryKind.Statement, statement, relations, sides),
        };
    }

    /// <summary>A meeting row: the parties (every attendee, the queried sides' own marked with whom they acted for) are listed when first read.</summary>
    private static HistoryEntry MeetingRow(
        DiplomaticGraph graph, Entity meeting, Relation partyAttendance, Entity party, Entity other,
        ReadOnlySpan<(Representative Who, Relation Attended)> attendances, (Relation Attended, PartySpec Party)[] sides)
    {
        var relations = Parts(attendances);
        return new HistoryEntry(
            HistoryEntryKind.Meeting, meeting.Id, meeting.Meeting!.Time, BuiltInRelationTypes.Attended.Name, partyAttendance.Role, partyAttendance.Assertion, partyAttendance.ClaimedBy,
            party, other, meeting, relations, Via(attendances), default, default, WindowMatch.Certainly)
        {
            Pending = new EventRowParts(graph, HistoryEntryKind.Meeting, meeting, relations, sides),
        };
    }

    /// <summary>The via relations of the representatives, each once, in order (none when all acted themselves).</summary>
    private static ImmutableArray<Relation> Via(ReadOnlySpan<(Representative Who, Relation Part)> parts)
    {
        List<Relation>? via = null;
        foreach (var (representative, _) in parts)
        {
            foreach (var relation in representative.Via)
            {
                via ??= [];
                if (!via.Contains(relation))
                {
                    via.Add(relation);
                }
            }
        }

        return via is null ? [] : [.. via];
    }

    /// <summary>The relations of the parts, in order.</summary>
    private static ImmutableArray<Relation> Parts(ReadOnlySpan<(Representative Who, Relation Part)> parts)
    {
        var relations = new Relation[parts.Length];
        for (var i = 0; i < relations.Length; i++)
        {
            relations[i] = parts[i].Part;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(relations);
    }

    /// <summary>
    /// A relation row (<c>from</c> holding the relation's role): its relation list, citations and parties (the two ends, from then to)
    /// are made when first read — of the relation alone when both ends acted themselves.
    /// </summary>
    private static HistoryEntry RelationRow(DiplomaticGraph graph, Relation relation, Entity party, Entity other, ImmutableArray<Relation> via, PartySpec from, PartySpec to) =>
        new(graph, relation, party, other, from.Itself && to.Itself ? null : new RelationRowParts(graph, relation, from, to, via), roleOnFrom: true);
}
