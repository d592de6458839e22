namespace DiplomacyGraph.Model;

/// <summary>Where a fact comes from: a source and a verbatim quote from it (a sentence or less).</summary>
/// <param name="SourceId">The id of the <see cref="Source"/> quoted.</param>
/// <param name="Quote">The words, character for character as they stand in the source.</param>
public sealed record Citation(string SourceId, string Quote);
