using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>What a <see cref="EntityKind.Meeting"/> carries beyond any entity: when, its status, its topics.</summary>
/// <remarks>
/// Where it was held is a cited <c>held-in</c> relation to a place; who attended, <c>attended</c> relations.
/// Details without a status cannot be made: <see cref="Statuses"/> is required and never empty.
/// </remarks>
public sealed class MeetingDetails
{
    private readonly ImmutableArray<StatusReport> statuses = [];
    private readonly ImmutableArray<string> topics = [];

    /// <summary>When it happened or is planned for.</summary>
    public DateRange Time { get; init; }

    /// <summary>The status reports, in the order the dataset gives them (oldest word first); at least one, always.</summary>
    /// <exception cref="ArgumentException">Set to no status report: a meeting always has a status.</exception>
    public required ImmutableArray<StatusReport> Statuses
    {
        get => statuses;
        init => statuses = value.IsDefaultOrEmpty
            ? throw new ArgumentException("A meeting needs at least one status report (Planned, Held, Delayed or Cancelled).", nameof(Statuses))
            : value;
    }

    /// <summary>The latest reported status.</summary>
    public MeetingStatus Status => statuses[^1].Status;

    /// <summary>What was (to be) discussed: security, trade, refugees, transit…</summary>
    public ImmutableArray<string> Topics { get => topics; init => topics = value.IsDefault ? [] : value; }
}
