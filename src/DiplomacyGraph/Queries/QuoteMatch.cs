namespace DiplomacyGraph.Queries;

/// <summary>
/// Where a fragment occurs in a source text (<see cref="QuoteFinder.Find"/>): the exact characters of the text there,
/// ready to be a quote citation, and their position.
/// </summary>
public sealed record QuoteMatch
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal QuoteMatch(string quote, int offset, int line, int column)
    {
        Quote = quote;
        Offset = offset;
        Line = line;
        Column = column;
    }

    /// <summary>The verbatim span of the text (its quote marks, dashes and spaces as the text has them).</summary>
    public string Quote { get; init; }

    /// <summary>Where the span starts in the text, in characters (UTF-16 code units) from 0.</summary>
    public int Offset { get; init; }

    /// <summary>The line the span starts on, from 1.</summary>
    public int Line { get; init; }

    /// <summary>The column the span starts at, from 1.</summary>
    public int Column { get; init; }

    /// <summary>Whether the span differs from the fragment as given (a curly quote where a straight one was typed).</summary>
    public bool Differs { get; init; }
}
