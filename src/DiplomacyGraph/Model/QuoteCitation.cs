namespace DiplomacyGraph.Model;

/// <summary>A citation by a verbatim quote from a source (a sentence or less), checked character for character against its text.</summary>
/// <param name="SourceId">The id of the <see cref="Source"/> quoted.</param>
/// <param name="Quote">The words, character for character as they stand in the source.</param>
public sealed record QuoteCitation(string SourceId, string Quote) : Citation(SourceId);
