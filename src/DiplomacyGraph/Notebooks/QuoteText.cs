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
    public static IReadOnlyList<SourcedCitation> Distinct(IEnumerable<SourcedCitation> citations)
    {
        var all = citations.DistinctBy(c => (c.SourceId, c.Quote)).ToList();
        return [.. all.Where(c => !all.Any(other => !ReferenceEquals(other, c) && other.SourceId == c.SourceId && other.Quote.Length > c.Quote.Length && other.Quote.Contains(c.Quote, StringComparison.Ordinal)))];
    }

    private static bool IsOpening(char c) => c is '“' or '"' or '«' or '„';

    private static bool IsClosing(char c) => c is '”' or '"' or '»' or '“';
}
