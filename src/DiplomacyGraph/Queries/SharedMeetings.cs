using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Meetings that two sides both attended (each side: an entity and, optionally, those who act for it).</summary>
internal sealed record SharedMeetings(Entity Meeting, ImmutableArray<(Representative Who, Relation Attended)> SideA, ImmutableArray<(Representative Who, Relation Attended)> SideB)
{
    /// <summary>
    /// Finds them with index lookups only. Between two single entities: the pair's entry in
    /// <see cref="DiplomaticGraph.CoAttendance"/>. With members on either side: the attendances of the side with fewer relations,
    /// then, per candidate meeting, <see cref="DiplomaticGraph.RelationsBetween"/> of each member of the other side and the meeting.
    /// Either way the meetings come in the order of the less connected side's first attendance of each.
    /// </summary>
    public static IEnumerable<SharedMeetings> Find(DiplomaticGraph graph, IReadOnlyList<Representative> sideA, IReadOnlyList<Representative> sideB)
    {
        var aIsSmaller = sideA.Sum(r => graph.RelationsOf(r.Entity.Id).Length) <= sideB.Sum(r => graph.RelationsOf(r.Entity.Id).Length);
        var (scan, probe) = aIsSmaller ? (sideA, sideB) : (sideB, sideA);
        var (candidates, order) = scan.Count == 1 && probe.Count == 1 ? Indexed(graph, scan[0], probe[0]) : Scanned(graph, scan);

        foreach (var meeting in order)
        {
            var scanned = candidates[meeting];
            var probed = new List<(Representative, Relation)>();
            foreach (var who in probe)
            {
                foreach (var relation in graph.RelationsBetween(who.Entity.Id, meeting.Id))
                {
                    if (Attends(graph, who, relation, out _))
                    {
                        probed.Add((who, relation));
                    }
                }
            }

            // Two different entities must take part: one entity on both sides does not make a meeting between them.
            if (probed.Count == 0 || !scanned.Any(s => probed.Any(p => p.Item1.Entity != s.Item1.Entity)))
            {
                continue;
            }

            yield return aIsSmaller
                ? new SharedMeetings(meeting, Distinct(scanned), Distinct(probed))
                : new SharedMeetings(meeting, Distinct(probed), Distinct(scanned));
        }
    }

    /// <summary>The scanned side's attendances of every meeting both single entities attended, from the co-attendance index.</summary>
    private static (Dictionary<Entity, List<(Representative, Relation)>> Candidates, List<Entity> Order) Indexed(DiplomaticGraph graph, Representative who, Representative other)
    {
        var candidates = new Dictionary<Entity, List<(Representative, Relation)>>();
        var order = new List<Entity>();
        foreach (var meeting in graph.CoAttendance.InOrderOf(who.Entity.Id, other.Entity.Id))
        {
            var list = new List<(Representative, Relation)>();
            foreach (var relation in graph.RelationsBetween(who.Entity.Id, meeting.Id))
            {
                if (Attends(graph, who, relation, out _))
                {
                    list.Add((who, relation));
                }
            }

            candidates[meeting] = list;
            order.Add(meeting);
        }

        return (candidates, order);
    }

    /// <summary>Every attendance of the scanned side, grouped by meeting in order of first appearance.</summary>
    private static (Dictionary<Entity, List<(Representative, Relation)>> Candidates, List<Entity> Order) Scanned(DiplomaticGraph graph, IReadOnlyList<Representative> scan)
    {
        var candidates = new Dictionary<Entity, List<(Representative, Relation)>>();
        var order = new List<Entity>();
        foreach (var who in scan)
        {
            foreach (var relation in graph.RelationsOf(who.Entity.Id))
            {
                if (Attends(graph, who, relation, out var meeting))
                {
                    if (!candidates.TryGetValue(meeting, out var list))
                    {
                        candidates[meeting] = list = [];
                        order.Add(meeting);
                    }

                    list.Add((who, relation));
                }
            }
        }

        return (candidates, order);
    }

    /// <summary>The history row: the first attendee of each side as the parties, every attendance and its citations.</summary>
    public HistoryEntry ToEntry(DiplomaticGraph graph)
    {
        var (partyWho, partyRelation, other) = SideA
            .SelectMany(a => SideB.Where(b => b.Who.Entity != a.Who.Entity).Select(b => (a.Who, a.Attended, b.Who.Entity)))
            .First();
        var attendances = SideA.Concat(SideB).Select(s => s.Attended).Distinct().ToImmutableArray();
        var via = SideA.Concat(SideB).SelectMany(s => s.Who.Via).Distinct().ToImmutableArray();
        var details = Meeting.Meeting!;
        return new HistoryEntry(
            HistoryEntryKind.Meeting, Meeting.Id, details.Time, RelationTypes.Attended.Name, partyRelation.Role, partyRelation.Assertion, partyRelation.ClaimedBy,
            partyWho.Entity, other, Meeting, attendances, via,
            HistoryQueries.Cite(graph, Meeting.Citations.Concat(attendances.SelectMany(a => a.Citations))));
    }

    private static bool Attends(DiplomaticGraph graph, Representative who, Relation relation, out Entity meeting)
    {
        meeting = null!;
        if (relation.Type != RelationTypes.Attended.Name || relation.From != who.Entity.Id
            || !graph.TryGetEntity(relation.To, out var target) || target.Meeting is not { } details || !who.CouldActDuring(details.Time))
        {
            return false;
        }

        meeting = target;
        return true;
    }

    private static ImmutableArray<(Representative Who, Relation Attended)> Distinct(List<(Representative Who, Relation Attended)> attendances) =>
        [.. attendances.DistinctBy(a => a.Attended)];
}
