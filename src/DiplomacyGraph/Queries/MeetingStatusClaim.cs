using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A side of a contradiction that is a meeting reported with a status (held, cancelled…).</summary>
/// <param name="Meeting">The meeting.</param>
/// <param name="Status">The status claimed for it.</param>
/// <param name="Citations">The citations that report it, with source titles.</param>
public sealed record MeetingStatusClaim(Entity Meeting, MeetingStatus Status, ImmutableArray<ResolvedCitation> Citations) : ContradictionClaim(Citations)
{
    /// <inheritdoc/>
    public override DateRange Time => Meeting.Time;
}
