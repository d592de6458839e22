using System.Collections.Immutable;
using System.Globalization;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>What changed between two slices of a graph (<see cref="DiffQueries.Diff"/>): entities and relations that appeared or went.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The second day.</param>
/// <param name="Known">True for knowledge-time slices (<see cref="SliceQueries.KnownAsOf"/>), false for valid-time ones (<see cref="SliceQueries.AsOf"/>).</param>
/// <param name="AddedEntities">Entities in the second slice and not the first, in graph order.</param>
/// <param name="RemovedEntities">Entities in the first slice and not the second.</param>
/// <param name="AddedRelations">Relations in the second slice and not the first, in time order.</param>
/// <param name="RemovedRelations">Relations in the first slice and not the second.</param>
public sealed record SliceDiff(
    DateOnly From,
    DateOnly To,
    bool Known,
    ImmutableArray<Entity> AddedEntities,
    ImmutableArray<Entity> RemovedEntities,
    ImmutableArray<Relation> AddedRelations,
    ImmutableArray<Relation> RemovedRelations)
{
    /// <summary>True when nothing changed.</summary>
    public bool IsEmpty => AddedEntities.IsEmpty && RemovedEntities.IsEmpty && AddedRelations.IsEmpty && RemovedRelations.IsEmpty;

    /// <summary>One line: <c>2025-03-01 → 2025-05-01 (valid time): +4 entities, +12 relations</c>.</summary>
    public override string ToString() =>
        $"{IsoDay.Format(From)} → {IsoDay.Format(To)} ({(Known ? "known" : "valid")} time): "
        + (IsEmpty ? "no change" : string.Join(", ", new[]
        {
            (AddedEntities.Length, "+", "entit"), (RemovedEntities.Length, "−", "entit"), (AddedRelations.Length, "+", "relation"), (RemovedRelations.Length, "−", "relation"),
        }.Where(p => p.Item1 > 0).Select(p => $"{p.Item2}{p.Item1} {p.Item3}{(p.Item3 == "entit" ? (p.Item1 == 1 ? "y" : "ies") : (p.Item1 == 1 ? string.Empty : "s"))}")));
}
