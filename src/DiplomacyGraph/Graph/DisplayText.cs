using System.Text;

namespace DiplomacyGraph;

/// <summary>
/// Shows text so that it cannot deceive a reader: control characters (C0, DEL, C1), bidirectional overrides and
/// isolates, zero-width characters, line and paragraph separators, noncharacters and unpaired surrogates are
/// written as escapes (<c>\u202E</c>, <c>\n</c>). A name can then neither reorder what a terminal shows, start a
/// new output row, nor send a terminal an escape sequence. Every error message and text output goes through it.
/// </summary>
internal static class DisplayText
{
    /// <summary>Whether <paramref name="c"/> is shown escaped.</summary>
    /// <param name="c">A UTF-16 code unit.</param>
    public static bool IsHidden(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F')
        || c is '\u00AD' or '\u061C' or '\u180E' or '\u2028' or '\u2029' or '\u2060' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2061' && c <= '\u206F');

    /// <summary>
    /// <paramref name="text"/> with every hidden character (see <see cref="IsHidden"/>) and unpaired surrogate
    /// escaped; the same instance when there is none.
    /// </summary>
    /// <param name="text">Any text.</param>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstHidden(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (IsHidden(c) || char.IsSurrogate(c))
            {
                escaped.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => $"\\u{(int)c:X4}",
                });
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Whether <paramref name="text"/> shows nothing: empty, or only white space and hidden characters.</summary>
    /// <param name="text">Any text.</param>
    public static bool IsInvisible(string? text) => string.IsNullOrEmpty(text) || text.All(c => char.IsWhiteSpace(c) || IsHidden(c) || char.IsSurrogate(c));

    private static int FirstHidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsHidden(c) || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
