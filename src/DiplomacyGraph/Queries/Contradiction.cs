namespace DiplomacyGraph.Queries;

/// <summary>Two claims in the graph that cannot both be true, with a machine-readable kind and a one-line reason.</summary>
public sealed record Contradiction
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal Contradiction(ContradictionKind kind, string reason, ContradictionClaim first, ContradictionClaim second)
    {
        Kind = kind;
        Reason = reason;
        First = first;
        Second = second;
    }

    /// <summary>What kind of conflict it is.</summary>
    public ContradictionKind Kind { get; init; }

    /// <summary>One line for people, naming both claims.</summary>
    public string Reason { get; init; }

    /// <summary>The positive claim: the stated or alleged relation, the held meeting, the held status.</summary>
    public ContradictionClaim First { get; init; }

    /// <summary>The claim against it: the denial, the denied ties, the cancelled status.</summary>
    public ContradictionClaim Second { get; init; }
}
