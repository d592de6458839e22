using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>One source's word on where a meeting stands ("will soon visit" → planned; "initially delayed" → delayed).</summary>
public sealed class StatusReport
{
    private readonly ImmutableArray<Citation> citations = [];

    /// <summary>The status reported.</summary>
    public required MeetingStatus Status { get; init; }

    /// <summary>The quotes that report it; empty when the meeting's own citations cover it.</summary>
    public ImmutableArray<Citation> Citations { get => citations; init => citations = value.IsDefault ? [] : value; }
}
