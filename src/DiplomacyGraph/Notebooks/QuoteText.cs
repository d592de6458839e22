using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>How a verbatim quote is shown: in quotation marks exactly once, and each quote of a row only once.</summary>
internal static class QuoteText
{
    /// <summary>
    /// The quote between “ and ”. A quote that already starts and ends with quotation marks keeps its own; quotation
    /// marks inside the quote become single ones (‘ ’), as a quote within a quote is written, so none is doubled.
    /// </summary>
    public static string Display(string quote)
    {
        var text = quote.Trim();
        if (text.Length >= 2 && IsOpening(text[0]) && IsClosing(text[^1]) && text.AsSpan(1, text.Length - 2).IndexOfAny('“', '”') < 0)
        {
            return text;
        }

        return $"“{text.Replace('“', '‘').Replace('”', '’')}”";
    }

    /// <summary>
    /// The citations of one row with each quote once: the same words from the same source, or words that another
    /// quote of the same source already holds, are left out.
    /// </summary>
    public static IReadOnlyList<ResolvedCitation> Distinct(IEnumerable<ResolvedCitation> citations)
    {
        var all = citations.DistinctBy(c => (c.SourceId, c.Evidence)).ToList();
        return [.. all.Where(c => c.Quote is not { } quote || !all.Any(other => other.SourceId == c.SourceId && other.Quote is { } longer && longer.Length > quote.Length && longer.Contains(quote, StringComparison.Ordinal)))];
    }

    /// <summary>What a citation shows: the quote as <see cref="Display"/> writes it, or the dataset and record (<c>ICEWS record 26870000</c>).</summary>
    public static string Evidence(ResolvedCitation citation) => citation.Quote is { } quote ? Display(quote) : citation.Evidence;

    private static bool IsOpening(char c) => c is '“' or '"' or '«' or '„';

    private static bool IsClosing(char c) => c is '”' or '"' or '»' or '“';
}
