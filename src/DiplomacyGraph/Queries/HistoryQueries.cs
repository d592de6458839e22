using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Relation histories of a pair and timelines of one entity: "what passed between them, when, and who says so".</summary>
public static class HistoryQueries
{
    /// <summary>
    /// Everything between two entities, in time order: every relation directly between them, and every meeting both
    /// attended (an <c>attended</c> relation from each). With <paramref name="viaMembers"/>, a country or organization also
    /// takes part through those who act for it at that time — people holding office (<c>holds-office</c>), members
    /// (<c>member-of</c>), its government (<c>governs</c>) and places within it (<c>located-in</c>), transitively — so
    /// the Pakistan–Afghanistan history includes the meeting of Pakistan's envoy with Afghanistan's foreign minister.
    /// </summary>
    /// <remarks>
    /// <para>Order: by the earliest possible day of each row's time (a month-precision <c>2025-03</c> sorts as March 1,
    /// before <c>2025-03-22</c>; <c>unknown</c> and <c>before …</c> sort first); ties keep relation rows before meeting rows,
    /// each in input order.</para>
    /// <para>A member counts only when its office or membership time is not certainly disjoint from the row's time
    /// (three-valued: an office of <c>2025</c> counts for a meeting on <c>2025-03-22</c> and for one of unknown date).</para>
    /// <para>Cost: index lookups (<see cref="DiplomaticGraph.RelationsBetween"/>, and the graph's index of meetings each pair
    /// attended, built on the first call; with members, <see cref="DiplomaticGraph.RelationsOf"/> of the less connected side);
    /// it never scans all relations or all meetings.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="entityA">The id of the first party; rows put its side in <see cref="HistoryEntry.Party"/>.</param>
    /// <param name="entityB">The id of the second party.</param>
    /// <param name="window">Only rows whose time possibly falls in the window (overlaps it); all when <see langword="null"/>.</param>
    /// <param name="types">Only rows of these relation types (a meeting row's type is <c>attended</c>); all when <see langword="null"/>.</param>
    /// <param name="viaMembers">Let each party take part through its office holders, members, government and places.</param>
    /// <exception cref="KeyNotFoundException">Either id names no entity.</exception>
    /// <example><code>
    /// foreach (var row in graph.History("pakistan", "afghanistan", viaMembers: true))
    ///     Console.WriteLine($"{row.Time}  {row.Type}  {row.Meeting?.Name ?? row.OtherParty.Name}  “{row.Citations[0].Quote}”");
    /// </code></example>
    public static ImmutableArray<HistoryEntry> History(
        this DiplomaticGraph graph, string entityA, string entityB, DateRange? window = null, IReadOnlyCollection<string>? types = null, bool viaMembers = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var sideA = Representatives.Of(graph, graph.GetEntity(entityA), viaMembers);
        var sideB = Representatives.Of(graph, graph.GetEntity(entityB), viaMembers);
        var rows = new List<HistoryEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in sideA)
        {
            foreach (var b in sideB)
            {
                if (a.Entity == b.Entity)
                {
                    continue;
                }

                foreach (var relation in graph.RelationsBetween(a.Entity.Id, b.Entity.Id))
                {
                    if (a.CouldActDuring(relation.Time) && b.CouldActDuring(relation.Time) && seen.Add(relation.Id))
                    {
                        rows.Add(RelationRow(graph, relation, a.Entity, b.Entity, a.Via.AddRange(b.Via)));
                    }
                }
            }
        }

        rows.AddRange(SharedMeetings.Find(graph, sideA, sideB).Select(m => m.ToEntry(graph)));
        rows.AddRange(StatementHistory.Between(graph, sideA, sideB));
        return Finish(rows, window, types);
    }

    /// <summary>
    /// Everything one entity took part in, in time order: each of its relations, with the meetings it attended as meeting
    /// rows (the meeting's time, the entity's role, the meeting's and the attendance's citations).
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="window">Only rows whose time possibly falls in the window (overlaps it); all when <see langword="null"/>.</param>
    /// <exception cref="KeyNotFoundException">The id names no entity.</exception>
    public static ImmutableArray<HistoryEntry> Timeline(this DiplomaticGraph graph, string entityId, DateRange? window = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entity = graph.GetEntity(entityId);
        var rows = new List<HistoryEntry>();
        foreach (var relation in graph.RelationsOf(entity.Id))
        {
            var other = graph.GetEntity(relation.From == entity.Id ? relation.To : relation.From);
            if (relation.Type == RelationTypes.Attended.Name && relation.From == entity.Id && other.Meeting is { } meeting)
            {
                rows.Add(new HistoryEntry(
                    HistoryEntryKind.Meeting, other.Id, meeting.Time, relation.Type, relation.Role, relation.Assertion, relation.ClaimedBy,
                    entity, other, other, [relation], [], Cite(graph, other.Citations.Concat(relation.Citations))));
            }
            else
            {
                rows.Add(RelationRow(graph, relation, entity, other, []));
            }
        }

        StatementHistory.Fold(graph, rows);
        return Finish(rows, window, types: null);
    }

    internal static ImmutableArray<SourcedCitation> Cite(DiplomaticGraph graph, IEnumerable<Citation> citations) =>
        [.. citations.Distinct().Select(c => SourcedCitation.Of(c, graph))];

    private static HistoryEntry RelationRow(DiplomaticGraph graph, Relation relation, Entity party, Entity other, ImmutableArray<Relation> via) =>
        new(HistoryEntryKind.Relation, relation.Id, relation.Time, relation.Type, relation.Role, relation.Assertion, relation.ClaimedBy,
            party, other, null, [relation], via, Cite(graph, relation.Citations));

    private static ImmutableArray<HistoryEntry> Finish(List<HistoryEntry> rows, DateRange? window, IReadOnlyCollection<string>? types) =>
    [
        .. rows
            .Where(r => window is not { } w || r.Time.Overlaps(w))
            .Where(r => types is null || types.Contains(r.Type))
            .OrderBy(r => r.Time.Earliest),
    ];
}
