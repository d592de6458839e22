namespace DiplomacyGraph.Model;

/// <summary>Whether an entity or relation is what a source says, or what the curator concluded from the sources.</summary>
public enum Basis
{
    /// <summary>A cited source says it.</summary>
    Stated,

    /// <summary>
    /// The curator concluded it (for example that 000's unnamed Deputy Prime Minister is Ishaq Dar);
    /// the element's note says why.
    /// </summary>
    Inferred,
}
