namespace DiplomacyGraph.Formats.Events;

/// <summary>Why a row was refused: the located error, and the kind of problem the import report counts it under.</summary>
/// <param name="Reason">A short kind ("wrong column count", "malformed date", "malformed CAMEO code", …).</param>
/// <param name="Error">The error, at file:line:column with the column's name as its field.</param>
internal sealed record RowError(string Reason, GraphError Error);
