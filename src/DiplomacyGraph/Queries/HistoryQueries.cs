using System.Collections.Immutable;
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
        var rows = new List<HistoryEntry>();
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
                rows.Add(RelationRow(graph, relation, a.Entity, b.Entity, a.Via.AddRange(b.Via), from, to));
            }
        }

        rows.AddRange(SharedMeetings(graph, sideA, sideB));
        rows.AddRange(SharedStatements(graph, sideA, sideB));
        return Finish(graph, rows, filter);
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
        var side = new HistorySide(graph, QueryInput.Entity(graph, entityId), !direct, filter);
        var rows = new List<HistoryEntry>(side.Degree <= 1024 ? (int)side.Degree : 1024);
        HashSet<Relation>? seen = null;
        var meetings = new Dictionary<Entity, List<(Representative Who, Relation Attended)>>();
        var meetingOrder = new List<Entity>();
        var statements = new Dictionary<Entity, List<(Representative Who, Relation Part)>>();
        var statementOrder = new List<Entity>();
        var topology = graph.QueryIndexes;
        var adjacency = topology.TimeRespecting;
        foreach (var member in side.Members)
        {
            // The other ends come from the time-respecting adjacency (the same relations in the same order, self-loops left out): no lookup by id.
            var slot = adjacency.Start[topology.PositionOf(member)];
            foreach (var relation in graph.RelationsOf(member.Id))
            {
                var selfLoop = relation.From == relation.To;
                var other = selfLoop ? member : topology.Entities[adjacency.Next[slot++]];
                var otherId = other.Id;
                if (relation.Is(BuiltInRelationTypes.Attended) && relation.From == member.Id && other.Meeting is { } details)
                {
                    if (side.During(member.Id, details.Time) is { } attendee)
                    {
                        Group(meetings, meetingOrder, other, (attendee, relation));
                    }

                    continue;
                }

                if (other.Statement is { } statement && IsStatementPart(relation, other.Id))
                {
                    if (side.During(member.Id, statement.Time) is { } part)
                    {
                        Group(statements, statementOrder, other, (part, relation));
                    }

                    continue;
                }

                // A relation is met twice only between two members, or as a self-loop (listed at both of its ends).
                if ((filter.Directed && relation.From != member.Id) || side.During(member.Id, relation.Time) is not { } who
                    || ((selfLoop || side.Members.Count > 1) && !(seen ??= new(ReferenceEqualityComparer.Instance)).Add(relation)))
                {
                    continue;
                }

                var self = side.Spec(who, relation.Role);
                var end = side.During(otherId, relation.Time) is { } alsoOurs ? side.Spec(alsoOurs, null) : PartySpec.Outside(other);
                rows.Add(relation.From == member.Id ? RelationRow(graph, relation, member, other, who.Via, self, end) : RelationRow(graph, relation, member, other, who.Via, end, self));
            }
        }

        foreach (var meeting in meetingOrder)
        {
            var attendances = meetings[meeting].DistinctBy(a => a.Attended).ToList();
            var (who, attended) = attendances[0];
            rows.Add(MeetingRow(graph, meeting, attended, who.Entity, meeting, attendances, attendances.Select(a => (a.Attended, side.Party(a.Who, a.Attended.Role, a.Attended.Assertion)))));
        }

        foreach (var statement in statementOrder)
        {
            var parts = statements[statement].DistinctBy(p => p.Part).ToList();
            var (who, part) = parts[0];
            rows.Add(StatementRow(graph, statement, part, who.Entity, statement, parts, parts.Select(p => (p.Part, side.Party(p.Who, RoleIn(p.Part), p.Part.Assertion)))));
        }

        return Finish(graph, rows, filter);
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

    /// <summary>Adds the item to the event's group, the event listed in <paramref name="order"/> when first met.</summary>
    private static void Group<T>(Dictionary<Entity, List<T>> groups, List<Entity> order, Entity key, T item)
    {
        if (!groups.TryGetValue(key, out var items))
        {
            groups[key] = items = [];
            order.Add(key);
        }

        items.Add(item);
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
            var ours = attA.Select(a => (a.Attended, sideA.Party(a.Who, a.Attended.Role, a.Attended.Assertion)))
                .Concat(attB.Select(b => (b.Attended, sideB.Party(b.Who, b.Attended.Role, b.Attended.Assertion))));
            rows.Add(MeetingRow(graph, meeting, pair.Attended, pair.Who.Entity, pair.Other, attendances, ours));
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
            var ours = partsA.Select(a => (a.Part, sideA.Party(a.Who, RoleIn(a.Part), a.Part.Assertion)))
                .Concat(partsB.Select(b => (b.Part, sideB.Party(b.Who, RoleIn(b.Part), b.Part.Assertion))));
            rows.Add(StatementRow(graph, statement, pair.Part, pair.Who.Entity, pair.Other, parts, ours));
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
        List<(Representative Who, Relation Part)> parts, IEnumerable<(Relation Part, HistoryParty Party)> sides)
    {
        var occasion = StatementQueries.OccasionOf(graph, statement.Id);
        var relations = parts.Select(p => p.Part).ToImmutableArray();
        return new HistoryEntry(
            HistoryEntryKind.Statement, statement.Id, statement.Statement!.Time, BuiltInRelationTypes.Said.Name, RoleIn(partyPart), partyPart.Assertion, partyPart.ClaimedBy,
            party, other, occasion, relations, Via(parts.Select(p => p.Who)), default, default, WindowMatch.Certainly, statement)
        {
            Pending = HistoryRowParts.OfEvent(graph, HistoryEntryKind.Statement, statement, relations, [.. sides]),
        };
    }

    /// <summary>A meeting row: the parties (every attendee, the queried sides' own marked with whom they acted for) are listed when first read.</summary>
    private static HistoryEntry MeetingRow(
        DiplomaticGraph graph, Entity meeting, Relation partyAttendance, Entity party, Entity other,
        List<(Representative Who, Relation Attended)> attendances, IEnumerable<(Relation Attended, HistoryParty Party)> sides)
    {
        var relations = attendances.Select(a => a.Attended).ToImmutableArray();
        return new HistoryEntry(
            HistoryEntryKind.Meeting, meeting.Id, meeting.Meeting!.Time, BuiltInRelationTypes.Attended.Name, partyAttendance.Role, partyAttendance.Assertion, partyAttendance.ClaimedBy,
            party, other, meeting, relations, Via(attendances.Select(a => a.Who)), default, default, WindowMatch.Certainly)
        {
            Pending = HistoryRowParts.OfEvent(graph, HistoryEntryKind.Meeting, meeting, relations, [.. sides]),
        };
    }

    /// <summary>The via relations of the representatives, each once, in order (none when all acted themselves).</summary>
    private static ImmutableArray<Relation> Via(IEnumerable<Representative> who)
    {
        List<Relation>? via = null;
        foreach (var representative in who)
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

    /// <summary>A relation row: its parties (the two ends, from then to) and citations are made when first read.</summary>
    private static HistoryEntry RelationRow(DiplomaticGraph graph, Relation relation, Entity party, Entity other, ImmutableArray<Relation> via, PartySpec from, PartySpec to)
    {
        ImmutableArray<Relation> relations = [relation];
        return new(HistoryEntryKind.Relation, relation.Id, relation.Time, relation.Type, relation.Role, relation.Assertion, relation.ClaimedBy,
            party, other, null, relations, via, default, default, WindowMatch.Certainly)
        {
            Pending = HistoryRowParts.OfRelation(graph, relations, from, to),
        };
    }

    /// <summary>
    /// One row per event: a <c>met</c> relation row whose two ends both attended a meeting row of overlapping time is dropped, and
    /// the relation and its citations join that meeting row (the first such, in row order).
    /// </summary>
    /// <remarks>Who attended comes from <see cref="AttendanceIndex"/> (the same attendees a meeting row lists as parties), for the ends
    /// of <c>met</c> rows only: linear in their attendances, never per pair, and without listing any row's parties.</remarks>
    private static List<HistoryEntry> FoldMet(DiplomaticGraph graph, List<HistoryEntry> rows)
    {
        long metRows = 0;
        List<int>? meetingRowList = null;
        var topology = graph.QueryIndexes;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Kind == HistoryEntryKind.Relation && row.Type == BuiltInRelationTypes.Met.Name)
            {
                metRows++;
            }
            else if (row.Kind == HistoryEntryKind.Meeting)
            {
                (meetingRowList ??= []).Add(i);
            }
        }

        if (metRows == 0 || meetingRowList is null)
        {
            return rows;
        }

        if (metRows * meetingRowList.Count <= PairwiseFold)
        {
            return FoldMetPairwise(graph, rows, [.. meetingRowList]);
        }

        var meetingRows = new Dictionary<int, int>(meetingRowList.Count);
        foreach (var i in meetingRowList)
        {
            meetingRows.TryAdd(topology.PositionOf(rows[i].Meeting!), i);
        }

        var index = topology.Attendance;
        var attendedRows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        List<int> MeetingRowsOf(string id)
        {
            if (!attendedRows.TryGetValue(id, out var found))
            {
                found = [];
                var position = topology.PositionOf(graph.GetEntity(id));
                var attended = index.Of(position);
                if (attended.Length <= meetingRows.Count)
                {
                    foreach (var meeting in attended)
                    {
                        if (meetingRows.TryGetValue(meeting, out var row))
                        {
                            found.Add(row);
                        }
                    }

                    found.Sort();
                }
                else
                {
                    // A busy attendee: look up each meeting row among its meetings instead (meeting rows are in row order).
                    foreach (var (meeting, row) in meetingRows)
                    {
                        if (attended.BinarySearch(meeting) >= 0)
                        {
                            found.Add(row);
                        }
                    }
                }

                attendedRows[id] = found;
            }

            return found;
        }

        return FoldEach(graph, rows, met =>
        {
            var ofTo = MeetingRowsOf(met.To);
            foreach (var m in MeetingRowsOf(met.From))
            {
                if (ofTo.BinarySearch(m) >= 0 && met.Time.CompareTo(rows[m].Time) == TimeOrder.Overlaps)
                {
                    return m;
                }
            }

            return -1;
        });
    }

    /// <summary>
    /// Folds each <c>met</c> row into the meeting row <paramref name="meetingRowOf"/> finds for its relation (a row index, or -1
    /// for none) and leaves the <c>met</c> row out; the other rows stay in order.
    /// </summary>
    private static List<HistoryEntry> FoldEach(DiplomaticGraph graph, List<HistoryEntry> rows, Func<Relation, int> meetingRowOf)
    {
        HashSet<int>? dropped = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Kind != HistoryEntryKind.Relation || row.Type != BuiltInRelationTypes.Met.Name)
            {
                continue;
            }

            var met = row.Relations[0];
            if (meetingRowOf(met) is var m and >= 0)
            {
                rows[m] = rows[m].Folding(met, graph);
                (dropped ??= []).Add(i);
            }
        }

        return dropped is null ? rows : [.. rows.Where((_, i) => !dropped.Contains(i))];
    }

    /// <summary>Up to this many pairs of a <c>met</c> row and a meeting row, <see cref="FoldMetPairwise"/> checks each pair.</summary>
    private const long PairwiseFold = 16_384;

    /// <summary>
    /// <see cref="FoldMet"/> for few pairs of <c>met</c> and meeting rows: for each <c>met</c> row, the meeting rows in row order, the
    /// first of overlapping time that both ends attended (two binary searches in <see cref="AttendanceIndex"/>) takes it.
    /// </summary>
    private static List<HistoryEntry> FoldMetPairwise(DiplomaticGraph graph, List<HistoryEntry> rows, int[] meetingRows)
    {
        var topology = graph.QueryIndexes;
        var index = topology.Attendance;
        var positions = new int[meetingRows.Length];
        var earliest = new DateOnly[meetingRows.Length];
        var latest = new DateOnly[meetingRows.Length];
        for (var k = 0; k < meetingRows.Length; k++)
        {
            var row = rows[meetingRows[k]];
            positions[k] = topology.PositionOf(row.Meeting!);
            (earliest[k], latest[k]) = (row.Time.Earliest, row.Time.Latest);
        }

        return FoldEach(graph, rows, met =>
        {
            var (from, to) = (-1, -1);
            var (metEarliest, metLatest) = (met.Time.Earliest, met.Time.Latest);
            for (var k = 0; k < meetingRows.Length; k++)
            {
                if (metLatest < earliest[k] || metEarliest > latest[k])
                {
                    continue; // not of overlapping time
                }

                from = from < 0 ? topology.PositionOf(graph.GetEntity(met.From)) : from;
                to = to < 0 ? topology.PositionOf(graph.GetEntity(met.To)) : to;
                if (index.Attended(from, positions[k]) && index.Attended(to, positions[k]))
                {
                    return meetingRows[k];
                }
            }

            return -1;
        });
    }

    private static ImmutableArray<HistoryEntry> Finish(DiplomaticGraph graph, List<HistoryEntry> rows, QueryFilter filter)
    {
        if (filter.OnlyTypes is null && filter.Assertions is null && filter.Window is null)
        {
            return InTimeOrder(FoldMet(graph, rows)); // no filter: every row stays as it is
        }

        var assertions = filter.Assertions ?? QueryFilter.AnyAssertion;
        var kept = new List<HistoryEntry>(rows.Count);
        foreach (var row in rows)
        {
            if ((filter.OnlyTypes is null || filter.OnlyTypes.Contains(row.Type)) && assertions.Contains(row.Assertion) && filter.Fit(row.Time) is { } fit)
            {
                kept.Add(fit == WindowMatch.Certainly ? row : row with { InWindow = fit });
            }
        }

        return InTimeOrder(FoldMet(graph, kept));
    }

    /// <summary>The rows by <see cref="SortKey"/>, ties in the order given (one sort of packed keys: the key's two parts, then the position).</summary>
    private static ImmutableArray<HistoryEntry> InTimeOrder(List<HistoryEntry> rows)
    {
        var keys = new long[rows.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var (undated, day) = SortKey(rows[i].Time);
            keys[i] = ((long)undated << 54) | ((long)day << 32) | (uint)i;
        }

        Array.Sort(keys);
        var builder = ImmutableArray.CreateBuilder<HistoryEntry>(keys.Length);
        foreach (var key in keys)
        {
            builder.Add(rows[(int)(key & uint.MaxValue)]);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Earliest possible day; without a lower bound, the latest possible day; unknown times last.</summary>
    private static (int Undated, int Day) SortKey(DateRange time) =>
        time.Start is not null ? (0, time.Earliest.DayNumber) : time.End is not null ? (0, time.Latest.DayNumber) : (1, 0);
}
