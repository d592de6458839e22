namespace DiplomacyGraph.Queries;

/// <summary>Two claims in the graph that cannot both be true, with a machine-readable kind and a one-line reason.</summary>
/// <param name="Kind">What kind of conflict it is.</param>
/// <param name="Reason">One line for people, naming both claims.</param>
/// <param name="First">The positive claim: the stated or alleged relation, the held meeting, the held status.</param>
/// <param name="Second">The claim against it: the denial, the denied ties, the cancelled status.</param>
public sealed record Contradiction(ContradictionKind Kind, string Reason, ContradictionClaim First, ContradictionClaim Second);
