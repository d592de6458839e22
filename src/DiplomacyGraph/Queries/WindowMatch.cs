namespace DiplomacyGraph.Queries;

/// <summary>How a time must fall in a window: possibly (the intervals overlap) or certainly (wholly inside).</summary>
public enum WindowMatch
{
    /// <summary>The time possibly falls in the window: some day it allows is in the window (an <c>unknown</c> time always does).</summary>
    Possibly,

    /// <summary>The time certainly falls in the window: its earliest and latest possible days are both inside it.</summary>
    Certainly,
}
