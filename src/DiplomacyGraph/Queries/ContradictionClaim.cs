using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>One side of a <see cref="Contradiction"/>: a relation, or a meeting and a status, with the citations it rests on.</summary>
/// <param name="Relation">The relation claimed, when this side is a relation.</param>
/// <param name="Meeting">The meeting, when this side is a meeting.</param>
/// <param name="Status">The status claimed for <paramref name="Meeting"/>.</param>
/// <param name="Citations">The quotes this side rests on, with source titles.</param>
public sealed record ContradictionClaim(Relation? Relation, Entity? Meeting, MeetingStatus? Status, ImmutableArray<SourcedCitation> Citations);
