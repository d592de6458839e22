namespace DiplomacyGraph.Queries;

/// <summary>How fuzzy times are ordered when one thing must come no earlier than another.</summary>
public enum TimeOrderMode
{
    /// <summary>
    /// Possibly in order is enough: there must be a choice of actual days, one within each time's interval of certainty, that
    /// never goes back. So each step is not certainly before the previous one; overlapping times (a <c>2025-03</c> month and
    /// <c>2025-03-22</c>) may follow each other in either order, and an <c>unknown</c> time fits anywhere.
    /// </summary>
    Lenient,

    /// <summary>
    /// Certainly in order: each step's earliest possible day is on or after the previous step's latest possible day (the same
    /// day counts). A <c>2025-03</c> step cannot follow <c>2025-03-22</c>, and a step of <c>unknown</c> time is never taken.
    /// </summary>
    Strict,
}
