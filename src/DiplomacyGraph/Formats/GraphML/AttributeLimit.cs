using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.GraphML;

/// <summary>
/// Caps the attributes of any one element before the XML reader sees the text: a GraphML element needs a handful
/// (<c>id</c>, <c>source</c>, <c>target</c>, <c>key</c>, <c>for</c>, <c>attr.name</c>, <c>attr.type</c>…), and the
/// reader's work on one element with millions of attributes is out of all proportion (two million took 110 s).
/// One linear pass over the text counts <c>name="value"</c> pairs per start tag, skipping comments, CDATA and
/// processing instructions.
/// </summary>
internal static class AttributeLimit
{
    /// <summary>The most attributes one element may have.</summary>
    public const int MaxAttributes = 256;

    /// <exception cref="GraphFormatException">A start tag holds more than <see cref="MaxAttributes"/> attributes.</exception>
    public static void Check(string text, string name)
    {
        var i = 0;
        while ((i = text.IndexOf('<', i)) >= 0)
        {
            if (Skip(text, ref i, "<!--", "-->") || Skip(text, ref i, "<![CDATA[", "]]>") || Skip(text, ref i, "<?", "?>"))
            {
                continue;
            }

            var tag = i++;
            var count = 0;
            for (; i < text.Length && text[i] != '>'; i++)
            {
                if (text[i] is '"' or '\'')
                {
                    var end = text.IndexOf(text[i], i + 1);
                    i = end < 0 ? text.Length : end;
                    if (++count > MaxAttributes)
                    {
                        var (line, column) = new TextLines(text).LineAndColumn(tag);
                        throw new GraphFormatException(new GraphError(
                            $"An element holds more than {MaxAttributes} attributes; GraphML needs a handful.", new TextLocation(name, line, column)));
                    }
                }
            }
        }
    }

    private static bool Skip(string text, ref int i, string open, string close)
    {
        if (string.CompareOrdinal(text, i, open, 0, open.Length) != 0)
        {
            return false;
        }

        var end = text.IndexOf(close, i + open.Length, StringComparison.Ordinal);
        i = end < 0 ? text.Length : end + close.Length;
        return true;
    }
}
