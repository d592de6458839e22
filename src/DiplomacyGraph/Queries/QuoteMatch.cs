namespace DiplomacyGraph.Queries;

/// <summary>
/// Where a fragment occurs in a source text (<see cref="QuoteFinder.Find"/>): the exact characters of the text there,
/// ready to be a quote citation, and their position.
/// </summary>
/// <param name="Quote">The verbatim span of the text (its quote marks, dashes and spaces as the text has them).</param>
/// <param name="Offset">Where the span starts in the text, in characters (UTF-16 code units) from 0.</param>
/// <param name="Line">The line the span starts on, from 1.</param>
/// <param name="Column">The column the span starts at, from 1.</param>
public sealed record QuoteMatch(string Quote, int Offset, int Line, int Column)
{
    /// <summary>Whether the span differs from the fragment as given (a curly quote where a straight one was typed).</summary>
    public bool Differs { get; init; }
}
