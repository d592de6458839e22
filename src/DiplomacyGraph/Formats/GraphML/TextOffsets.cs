namespace DiplomacyGraph.Formats.GraphML;

/// <summary>Turns an XML reader's 1-based line and column into an offset in the text, counting line ends as XML does.</summary>
internal static class TextOffsets
{
    public static int Of(string text, int line, int column)
    {
        var offset = 0;
        for (var current = 1; current < line && offset < text.Length; offset++)
        {
            if (text[offset] == '\n' || (text[offset] == '\r' && (offset + 1 >= text.Length || text[offset + 1] != '\n')))
            {
                current++;
            }
        }

        return Math.Min(text.Length, offset + Math.Max(0, column - 1));
    }

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
}
