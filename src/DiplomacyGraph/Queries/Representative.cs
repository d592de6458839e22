using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// An entity that can act for another at some time: the entity itself (always), or a member, office holder,
/// governing body or place within it, during <c>[Earliest, Latest]</c>, through the <see cref="Via"/> relations.
/// </summary>
internal sealed record Representative(Entity Entity, DateOnly Earliest, DateOnly Latest, ImmutableArray<Relation> Via)
{
    /// <summary>True when it possibly acted for the other entity during <paramref name="time"/> (the intervals are not certainly disjoint).</summary>
    public bool CouldActDuring(DateRange time) => TimeComparison.Compare(time.Earliest, time.Latest, Earliest, Latest) == TimeOrder.Overlaps;
}
