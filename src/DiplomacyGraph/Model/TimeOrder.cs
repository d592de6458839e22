namespace DiplomacyGraph.Model;

/// <summary>
/// The three-valued answer to "which came first?" for uncertain times: one interval is certainly
/// before the other, certainly after it, or the two overlap and the order is not known.
/// </summary>
public enum TimeOrder
{
    /// <summary>Every possible moment of the first lies before every possible moment of the second.</summary>
    Before,

    /// <summary>The two intervals of certainty share at least one day: the order is not known.</summary>
    Overlaps,

    /// <summary>Every possible moment of the first lies after every possible moment of the second.</summary>
    After,
}
