using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Meetings that two sides both attended (each side: an entity and, optionally, those who act for it).</summary>
internal sealed record SharedMeetings(Entity Meeting, ImmutableArray<(Representative Who, Relation Attended)> SideA, ImmutableArray<(Representative Who, Relation Attended)> SideB)
{
    /// <summary>
    /// Finds them with index lookups only: the attendances of the side with fewer relations, then, per candidate meeting,
    /// <see cref="DiplomaticGraph.RelationsBetween"/> of each member of the other side and the meeting.
    /// </summary>
    public static IEnumerable<SharedMeetings> Find(DiplomaticGraph graph, IReadOnlyList<Representative> sideA, IReadOnlyList<Representative> sideB)
    {
        var aIsSmaller = sideA.Sum(r => graph.RelationsOf(r.Entity.Id).Length) <= sideB.Sum(r => graph.RelationsOf(r.Entity.Id).Length);
        var (scan, probe) = aIsSmaller ? (sideA, sideB) : (sideB, sideA);
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
