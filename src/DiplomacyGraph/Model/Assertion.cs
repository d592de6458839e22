namespace DiplomacyGraph.Model;

/// <summary>How the sources put a relation: as fact, as someone's claim, as denied, or as intended.</summary>
public enum Assertion
{
    /// <summary>The source reports it as fact.</summary>
    Stated,

    /// <summary>Someone (see <see cref="Relation.ClaimedBy"/>) alleges it; the source does not vouch for it.</summary>
    Alleged,

    /// <summary>Someone denies it, or a source states that it does not hold.</summary>
    Denied,

    /// <summary>It is announced or intended, not yet done.</summary>
    Planned,
}
