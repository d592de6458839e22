using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A side of a contradiction that is a relation, as its sources put it.</summary>
public sealed record RelationClaim : ContradictionClaim
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal RelationClaim(Relation relation, ImmutableArray<ResolvedCitation> citations) : base(citations) => Relation = relation;

    /// <summary>The relation claimed.</summary>
    public Relation Relation { get; init; }

    /// <inheritdoc/>
    public override DateRange Time => Relation.Time;
}
