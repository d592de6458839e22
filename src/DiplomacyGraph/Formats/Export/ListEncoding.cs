using System.Text;

namespace DiplomacyGraph.Formats.Export;

/// <summary>
/// The list encoding of the GraphML and GEXF exports (docs/formats.md): items joined by <c> | </c>
/// (space, vertical bar, space); inside an item a backslash escapes the next character, so a
/// <c>|</c> or <c>\</c> in a quote is written <c>\|</c> or <c>\\</c>. Text without those characters
/// reads exactly as written, which is what a person sees in Gephi's Data Laboratory.
/// </summary>
internal static class ListEncoding
{
    public const string Separator = " | ";

    public static string Join(IEnumerable<string> items) => string.Join(Separator, items.Select(Escape));

    /// <summary>Splits a joined list; the empty text is the empty list.</summary>
    public static List<string> Split(string text)
    {
        var items = new List<string>();
        if (text.Length == 0)
        {
            return items;
        }

        if (text.AsSpan().IndexOfAny('\\', '|') < 0)
        {
            // One item written as is (most values): no copy through a builder.
            items.Add(text);
            return items;
        }

        var item = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                item.Append(text[++i]);
            }
            else if (c == '|')
            {
                items.Add(WithoutSeparatorSpace(item.ToString()));
                item.Clear();
                if (i + 1 < text.Length && text[i + 1] == ' ')
                {
                    i++;
                }
            }
            else
            {
                item.Append(c);
            }
        }

        items.Add(item.ToString());
        return items;
    }

    /// <summary>Writes <c>key=value</c> with <c>=</c> in the key escaped, so the first unescaped <c>=</c> splits it back.</summary>
    public static string Pair(string key, string value) => key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("=", "\\=", StringComparison.Ordinal) + "=" + value;

    /// <summary>Splits <c>key=value</c>; false when there is no unescaped <c>=</c>.</summary>
    public static bool TrySplitPair(string text, out string key, out string value)
    {
        var k = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                k.Append(text[++i]);
            }
            else if (text[i] == '=')
            {
                (key, value) = (k.ToString(), text[(i + 1)..]);
                return true;
            }
            else
            {
                k.Append(text[i]);
            }
        }

        (key, value) = (string.Empty, string.Empty);
        return false;
    }

    private static string Escape(string item) =>
        item.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    private static string WithoutSeparatorSpace(string item) => item.EndsWith(' ') ? item[..^1] : item;
}
