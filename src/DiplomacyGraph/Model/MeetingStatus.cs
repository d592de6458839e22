namespace DiplomacyGraph.Model;

/// <summary>Where a meeting stands according to a source.</summary>
public enum MeetingStatus
{
    /// <summary>Announced or expected, not yet held.</summary>
    Planned,

    /// <summary>It took place.</summary>
    Held,

    /// <summary>Postponed from when it was planned.</summary>
    Delayed,

    /// <summary>Called off.</summary>
    Cancelled,
}
