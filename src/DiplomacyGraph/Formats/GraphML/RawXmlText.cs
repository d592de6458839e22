namespace DiplomacyGraph.Formats.GraphML;

/// <summary>Raw-text lookups the XML reader cannot give: a start tag verbatim, and where a DOCTYPE stands.</summary>
internal static class RawXmlText
{
    /// <summary>The start tag whose name begins at <paramref name="nameOffset"/> (just after its <c>&lt;</c>), verbatim.</summary>
    public static string StartTag(string text, int nameOffset)
    {
        var start = Math.Max(0, nameOffset - 1);
        char? quote = null;
        for (var i = nameOffset; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return text[start..(i + 1)];
            }
        }

        return text[start..];
    }

    /// <summary>The offset of a <c>&lt;!DOCTYPE</c> in the prolog (after the declaration, comments and processing instructions), or null.</summary>
    public static int? DoctypeOffset(string text)
    {
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (At(text, i, "<!DOCTYPE"))
            {
                return i;
            }

            var close = At(text, i, "<?") ? "?>" : At(text, i, "<!--") ? "-->" : null;
            var end = close is null ? -1 : text.IndexOf(close, i, StringComparison.Ordinal);
            if (end < 0)
            {
                return null;
            }

            i = end + close!.Length;
        }
    }

    private static bool At(string text, int offset, string what) => string.CompareOrdinal(text, offset, what, 0, what.Length) == 0;
}
