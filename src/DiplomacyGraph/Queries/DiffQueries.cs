using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Compares two time slices of a graph: what became valid, or known, between two days.</summary>
public static class DiffQueries
{
    /// <summary>
    /// The entities and relations in the slice at <paramref name="to"/> and not at <paramref name="from"/>, and the reverse:
    /// valid-time slices (<see cref="SliceQueries.AsOf"/>) by default, knowledge-time slices (<see cref="SliceQueries.KnownAsOf"/>)
    /// with <paramref name="known"/>. Compared by id.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The second day.</param>
    /// <param name="known">Compare what was known (published) rather than what had happened.</param>
    /// <param name="mode">For <paramref name="known"/>: strict (certainly published) or lenient (possibly).</param>
    /// <example><code>var diff = graph.Diff(new DateOnly(2025, 3, 1), new DateOnly(2025, 5, 1)); // what happened in March and April</code></example>
    public static SliceDiff Diff(this DiplomaticGraph graph, DateOnly from, DateOnly to, bool known = false, TimeOrderMode mode = TimeOrderMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var (a, b) = known ? (graph.KnownAsOf(from, mode), graph.KnownAsOf(to, mode)) : (graph.AsOf(from), graph.AsOf(to));
        var entitiesA = a.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var entitiesB = b.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var relationsA = a.Relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var relationsB = b.Relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return new SliceDiff(
            from,
            to,
            known,
            [.. b.Entities.Where(e => !entitiesA.Contains(e.Id))],
            [.. a.Entities.Where(e => !entitiesB.Contains(e.Id))],
            [.. b.Relations.Where(r => !relationsA.Contains(r.Id)).OrderBy(r => r.Time.Earliest)],
            [.. a.Relations.Where(r => !relationsB.Contains(r.Id)).OrderBy(r => r.Time.Earliest)]);
    }
}
