using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Finds claims in a graph that cannot both be true, so that an analyst sees where the sources disagree.</summary>
public static class ContradictionQueries
{
    /// <summary>
    /// Relation types whose denial means "no contact between the parties": <c>diplomatic-ties</c> and <c>met</c>. A denial of
    /// one of these over a time conflicts with a meeting both parties held certainly within that time.
    /// </summary>
    public static ImmutableArray<RelationType> InteractionTypes { get; } = [BuiltInRelationTypes.DiplomaticTies, BuiltInRelationTypes.Met];

    /// <summary>
    /// Every contradiction, by kind, then by meeting time (for meetings), then in the graph's order:
    /// <list type="number">
    /// <item><see cref="ContradictionKind.AllegedVersusDenied"/>: a <c>Stated</c> or <c>Alleged</c> relation and a <c>Denied</c> one of
    /// the same type between the same entities (same direction, or either for an undirected type) whose times overlap.</item>
    /// <item><see cref="ContradictionKind.NoInteractionVersusMeeting"/>: a denied <see cref="InteractionTypes"/> relation between two
    /// parties over a time, and a meeting whose latest status is <c>Held</c>, certainly within that time (its whole interval of
    /// certainty inside the denial's), attended by both parties — themselves or through those who act for them at the meeting's time
    /// (office holders, members, their government; see <see cref="HistoryQueries.History"/>).</item>
    /// <item><see cref="ContradictionKind.ConflictingMeetingStatus"/>: a meeting reported both <c>Held</c> and <c>Cancelled</c>
    /// (planned, then delayed, then held is a sequence, not a conflict).</item>
    /// </list>
    /// </summary>
    /// <param name="graph">The graph.</param>
    public static ImmutableArray<Contradiction> Contradictions(this DiplomaticGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var found = new List<Contradiction>();
        foreach (var denial in graph.Relations.Where(r => r.Assertion == Assertion.Denied))
        {
            found.AddRange(AllegedVersusDenied(graph, denial));
            if (InteractionTypes.Any(denial.Is))
            {
                found.AddRange(NoInteractionVersusMeeting(graph, denial));
            }
        }

        found.AddRange(graph.EntitiesOfKind(EntityKind.Meeting).SelectMany(m => ConflictingStatus(graph, m)));
        return [.. found.OrderBy(c => c.Kind).ThenBy(c => c.First is MeetingStatusClaim m ? m.Meeting.Time.Earliest : DateOnly.MinValue)];
    }

    private static IEnumerable<Contradiction> AllegedVersusDenied(DiplomaticGraph graph, Relation denial)
    {
        var undirected = !graph.GetRelationType(denial.Type).Directed;
        foreach (var claim in graph.RelationsBetween(denial.From, denial.To))
        {
            if (claim.Type == denial.Type && claim.Assertion is Assertion.Stated or Assertion.Alleged
                && (undirected || (claim.From == denial.From && claim.To == denial.To)) && claim.Time.Overlaps(denial.Time))
            {
                var says = claim.Assertion == Assertion.Alleged ? "alleges" : "states";
                var reason = $"{Who(graph, claim)} {says} that {Name(graph, claim.From)} {claim.Type} {Name(graph, claim.To)} ({claim.Time}); "
                    + $"{Who(graph, denial)} denies it ({denial.Time}).";
                yield return new Contradiction(ContradictionKind.AllegedVersusDenied, reason, Claim(graph, claim), Claim(graph, denial));
            }
        }
    }

    private static IEnumerable<Contradiction> NoInteractionVersusMeeting(DiplomaticGraph graph, Relation denial)
    {
        var meetingsOnly = new QueryFilter { OnlyTypes = new HashSet<string>(StringComparer.Ordinal) { BuiltInRelationTypes.Attended.Name } };
        foreach (var shared in graph.History(denial.From, denial.To, meetingsOnly))
        {
            var meeting = shared.Meeting!.Meeting!;
            var first = shared.Parties.FirstOrDefault(p => ActsFor(p, denial.From));
            var second = first is null ? null : shared.Parties.FirstOrDefault(p => p.Entity != first.Entity && ActsFor(p, denial.To));
            if (meeting.Status != MeetingStatus.Held || second is null
                || meeting.Time.Earliest < denial.Time.Earliest || meeting.Time.Latest > denial.Time.Latest)
            {
                continue;
            }

            var reason = $"{Who(graph, denial)} denies {denial.Type} between {Name(graph, denial.From)} and {Name(graph, denial.To)} during {denial.Time}, "
                + $"yet {shared.Meeting.Name} ({meeting.Time}) was held with both: {ActingFor(first!)} and {ActingFor(second)}.";
            var citations = shared.Meeting.Citations.Concat(Attendance(graph, first!, shared.Meeting).Citations).Concat(Attendance(graph, second, shared.Meeting).Citations);
            yield return new Contradiction(
                ContradictionKind.NoInteractionVersusMeeting, reason,
                new MeetingStatusClaim(shared.Meeting, MeetingStatus.Held, ResolvedCitation.EachOnce(citations, graph)),
                Claim(graph, denial));
        }
    }

    /// <summary>True when the party took part itself or for <paramref name="side"/>, and its attendance is stated.</summary>
    private static bool ActsFor(HistoryParty party, string side) =>
        party.Assertion == Assertion.Stated && (party.Entity.Id == side || party.ActsFor?.Id == side);

    private static Relation Attendance(DiplomaticGraph graph, HistoryParty party, Entity meeting) =>
        graph.RelationsBetween(party.Entity.Id, meeting.Id).First(r => r.Is(BuiltInRelationTypes.Attended) && r.From == party.Entity.Id);

    private static IEnumerable<Contradiction> ConflictingStatus(DiplomaticGraph graph, Entity meeting)
    {
        var statuses = meeting.Meeting!.Statuses;
        foreach (var held in statuses.Where(s => s.Status == MeetingStatus.Held))
        {
            foreach (var cancelled in statuses.Where(s => s.Status == MeetingStatus.Cancelled))
            {
                var heldClaim = StatusClaim(graph, meeting, held);
                var cancelledClaim = StatusClaim(graph, meeting, cancelled);
                var reason = $"{meeting.Name} ({meeting.Meeting.Time}) is reported held ({Titles(heldClaim)}) and cancelled ({Titles(cancelledClaim)}).";
                yield return new Contradiction(ContradictionKind.ConflictingMeetingStatus, reason, heldClaim, cancelledClaim);
            }
        }
    }

    private static RelationClaim Claim(DiplomaticGraph graph, Relation relation) =>
        new(relation, ResolvedCitation.EachOnce(relation.Citations, graph));

    private static MeetingStatusClaim StatusClaim(DiplomaticGraph graph, Entity meeting, StatusReport report) =>
        new(meeting, report.Status, ResolvedCitation.EachOnce(report.Citations.IsEmpty ? meeting.Citations : report.Citations, graph));

    private static string Titles(ContradictionClaim claim) => string.Join("; ", claim.Citations.Select(c => c.SourceTitle).Distinct());

    private static string Name(DiplomaticGraph graph, string id) => graph.GetEntity(id).Name;

    private static string Who(DiplomaticGraph graph, Relation relation) => relation.ClaimedBy is { } id ? Name(graph, id) : "a source";

    private static string ActingFor(HistoryParty party) =>
        party.ActsFor is null ? party.Entity.Name : $"{party.Entity.Name} for {party.ActsFor.Name}";
}
