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
        var then = LookAlike(quote, text, low) is { } found
            ? $"then the article has {CharacterNames.Describe(found)} where the quote has {CharacterNames.Describe(quote[low])}: copy the quote from the article"
            : $"then {CharacterNames.Describe(quote[low])} differs";
        var where = low == 0
            ? $"not even its first character, {CharacterNames.Describe(quote[0])}, matches"
            : $"its first {low} characters match ('…{Tail(quote, low)}'), {then}";
        return $"Quote not found verbatim in source '{source.Id}'{file}: {where}.";
    }

    /// <summary>
    /// The article's character that a look-alike of the quote's next character stands for (’ for '), where the matched
    /// start of the quote is followed by it in the text. Only a look-alike is named, so no message reveals the source text.
    /// </summary>
    private static char? LookAlike(string quote, string text, int matched)
    {
        if (matched == 0)
        {
            return null;
        }

        var wanted = quote[matched];
        var head = quote.AsSpan(0, matched);
        for (var at = text.AsSpan().IndexOf(head, StringComparison.Ordinal); at >= 0;)
        {
            var next = at + matched;
            if (next < text.Length && CharacterNames.LookAlike(text[next], wanted))
            {
                return text[next];
            }

            var further = text.AsSpan(at + 1).IndexOf(head, StringComparison.Ordinal);
            at = further < 0 ? -1 : at + 1 + further;
        }

        return null;
    }

    private static string Tail(string quote, int length) => quote[Math.Max(0, length - 20)..length];
}
