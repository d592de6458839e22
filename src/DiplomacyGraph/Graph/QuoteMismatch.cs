using DiplomacyGraph.Model;

namespace DiplomacyGraph;

/// <summary>Explains where a quote stops matching its source, so the curator can fix it at once.</summary>
internal static class QuoteMismatch
{
    public static string Describe(string quote, string text, Source source)
    {
        // Prefix containment is monotone (a found prefix's own prefixes are found), so the longest found prefix is a binary search.
        int low = 0, high = quote.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (text.AsSpan().IndexOf(quote.AsSpan(0, mid), StringComparison.Ordinal) >= 0)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        var file = source.File is null ? string.Empty : $" ({source.File})";
        var where = low == 0
            ? "not even its first character matches"
            : $"its first {low} characters match ('…{Tail(quote, low)}'), then '{quote[low]}' differs";
        return $"Quote not found verbatim in source '{source.Id}'{file}: {where}.";
    }

    private static string Tail(string quote, int length) => quote[Math.Max(0, length - 20)..length];
}
