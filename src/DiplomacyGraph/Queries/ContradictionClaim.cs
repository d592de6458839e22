using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// One side of a <see cref="Contradiction"/>, with the citations it rests on: either a <see cref="RelationClaim"/>
/// or a <see cref="MeetingStatusClaim"/>, never something in between.
/// </summary>
public abstract record ContradictionClaim
{
    private protected ContradictionClaim(ImmutableArray<ResolvedCitation> citations) => Citations = citations.IsDefault ? [] : citations;

    /// <summary>The citations this side rests on, with source titles.</summary>
    public ImmutableArray<ResolvedCitation> Citations { get; init; }

    /// <summary>When the claim holds: the relation's time, or the meeting's.</summary>
    public abstract DateRange Time { get; }
}
