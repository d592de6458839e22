using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A side of a contradiction that is a relation, as its sources put it.</summary>
/// <param name="Relation">The relation claimed.</param>
/// <param name="Citations">The citations it rests on, with source titles.</param>
public sealed record RelationClaim(Relation Relation, ImmutableArray<ResolvedCitation> Citations) : ContradictionClaim(Citations)
{
    /// <inheritdoc/>
    public override DateRange Time => Relation.Time;
}
