using System.Collections.Immutable;
using System.Globalization;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>What changed between two slices of a graph (<see cref="DiffQueries.Diff"/>): entities and relations that appeared or went.</summary>
public sealed record SliceDiff
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal SliceDiff(DateOnly start, DateOnly end, bool known, ImmutableArray<Entity> addedEntities, ImmutableArray<Entity> removedEntities, ImmutableArray<Relation> addedRelations, ImmutableArray<Relation> removedRelations)
    {
        From = start;
        To = end;
        Known = known;
        AddedEntities = addedEntities;
        RemovedEntities = removedEntities;
        AddedRelations = addedRelations;
        RemovedRelations = removedRelations;
    }

    /// <summary>The first day.</summary>
    public DateOnly From { get; init; }

    /// <summary>The second day.</summary>
    public DateOnly To { get; init; }

    /// <summary>True for knowledge-time slices (<see cref="SliceQueries.KnownAsOf"/>), false for valid-time ones (<see cref="SliceQueries.AsOf"/>).</summary>
    public bool Known { get; init; }

    /// <summary>Entities in the second slice and not the first, in graph order.</summary>
    public ImmutableArray<Entity> AddedEntities { get; init; }

    /// <summary>Entities in the first slice and not the second.</summary>
    public ImmutableArray<Entity> RemovedEntities { get; init; }

    /// <summary>Relations in the second slice and not the first, in time order.</summary>
    public ImmutableArray<Relation> AddedRelations { get; init; }

    /// <summary>Relations in the first slice and not the second.</summary>
    public ImmutableArray<Relation> RemovedRelations { get; init; }

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
