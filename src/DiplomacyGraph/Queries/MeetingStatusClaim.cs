using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A side of a contradiction that is a meeting reported with a status (held, cancelled…).</summary>
public sealed record MeetingStatusClaim : ContradictionClaim
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal MeetingStatusClaim(Entity meeting, MeetingStatus status, ImmutableArray<ResolvedCitation> citations) : base(citations)
    {
        Meeting = meeting;
        Status = status;
    }

    /// <summary>The meeting.</summary>
    public Entity Meeting { get; init; }

    /// <summary>The status claimed for it.</summary>
    public MeetingStatus Status { get; init; }

    /// <inheritdoc/>
    public override DateRange Time => Meeting.Time;
}
