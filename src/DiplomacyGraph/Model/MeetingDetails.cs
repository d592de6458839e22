using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>What a <see cref="EntityKind.Meeting"/> carries beyond any entity: when, its status, its topics.</summary>
/// <remarks>Where it was held is a cited <c>held-in</c> relation to a place; who attended, <c>attended</c> relations.</remarks>
public sealed class MeetingDetails
{
    private readonly ImmutableArray<StatusReport> statuses = [];
    private readonly ImmutableArray<string> topics = [];

    /// <summary>When it happened or is planned for.</summary>
    public DateRange Time { get; init; }

    /// <summary>The status reports, in the order the dataset gives them (oldest word first); at least one.</summary>
    public ImmutableArray<StatusReport> Statuses { get => statuses; init => statuses = value.IsDefault ? [] : value; }

    /// <summary>The latest reported status.</summary>
    /// <exception cref="InvalidOperationException">There is no status report (a graph never holds such a meeting).</exception>
    public MeetingStatus Status => statuses.IsEmpty ? throw new InvalidOperationException("The meeting has no status report.") : statuses[^1].Status;

    /// <summary>What was (to be) discussed: security, trade, refugees, transit…</summary>
    public ImmutableArray<string> Topics { get => topics; init => topics = value.IsDefault ? [] : value; }
}
