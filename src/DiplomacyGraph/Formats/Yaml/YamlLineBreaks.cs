using System.Buffers;
using DiplomacyGraph.Formats.Document;
using YamlDotNet.Core;

namespace DiplomacyGraph.Formats.Yaml;

/// <summary>
/// YAML 1.2 breaks lines at LF and CR only; YamlDotNet still breaks them at NEL (U+0085), LINE SEPARATOR (U+2028) and
/// PARAGRAPH SEPARATOR (U+2029) as YAML 1.1 did. So a NEL in a comment shifted every later error line by one, and a
/// U+2028 in a comment or a quoted scalar made valid YAML "Invalid YAML". This reader hands the parser each of the
/// three as a stand-in noncharacter (U+FDD0–U+FDD2), which YAML reads as ordinary text, and <see cref="Restore"/> turns
/// scalars back; the stand-ins themselves, which no text needs, are refused where they are written.
/// It also counts what the parser reads between two events: YamlDotNet builds a scalar whole before its event, so
/// more than <see cref="GraphReaderOptions.MaxScalarLength"/> characters without an event is one value too long.
/// </summary>
internal sealed class YamlLineBreaks(TextReader inner, string name, GraphReaderOptions options) : PassThroughReader(inner)
{
    private const string Breaks = "\u0085\u2028\u2029";
    private const string StandIns = "\uFDD0\uFDD1\uFDD2";
    private static readonly SearchValues<char> Special = SearchValues.Create("\n\r" + Breaks + StandIns);
    private int line = 1;
    private int column;
    private bool afterCr;
    private bool indenting = true;
    private readonly Queue<(int Line, int Column)> indentTabs = new();
    private long sinceEvent;
    private (long Line, long Column) lastEvent = (1, 1);

    /// <summary>Where the most recent tabs in a line's indentation were read (a few; the parser reads a little ahead).</summary>
    public IReadOnlyCollection<(int Line, int Column)> IndentTabs => indentTabs;

    /// <summary>The parser has produced an event ending at <paramref name="end"/>: the next value starts being counted.</summary>
    public void EventRead(Mark end)
    {
        sinceEvent = 0;
        lastEvent = (end.Line, end.Column);
    }

    /// <summary><paramref name="value"/> with the stand-ins turned back into the characters they stand for.</summary>
    public static string Restore(string value)
    {
        if (value.AsSpan().IndexOfAny(StandIns) < 0)
        {
            return value;
        }

        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var at = StandIns.IndexOf(chars[i], StringComparison.Ordinal);
            if (at >= 0)
            {
                chars[i] = Breaks[at];
            }
        }

        return new string(chars);
    }

    protected override void Saw(Span<char> buffer)
    {
        if ((sinceEvent += buffer.Length) > options.MaxScalarLength)
        {
            var at = new FilePosition(name, (int)Math.Max(1, lastEvent.Line), (int)Math.Max(1, lastEvent.Column));
            throw ReaderLimits.ScalarTooLong($"A YAML value after line {at.Line}, column {at.Column}", at, options);
        }

        // Jumps from one character that matters to the next (line breaks, the three YAML 1.1 breaks, their stand-ins);
        // indentation is looked at only at a line's start, where a tab in it is noted.
        var i = 0;
        while (i < buffer.Length)
        {
            if (indenting)
            {
                var c = buffer[i];
                if (c is ' ' or '\t' or '-')
                {
                    afterCr = false;
                    column++;
                    if (c == '\t')
                    {
                        NoteTab();
                    }

                    i++;
                    continue;
                }

                indenting = false;
            }

            var skip = buffer[i..].IndexOfAny(Special);
            if (skip < 0)
            {
                column += buffer.Length - i;
                afterCr = false;
                return;
            }

            if (skip > 0)
            {
                column += skip;
                afterCr = false;
                i += skip;
            }

            var special = buffer[i];
            if (special is '\n' or '\r')
            {
                line += special == '\n' && afterCr ? 0 : 1;
                afterCr = special == '\r';
                column = 0;
                indenting = true;
                i++;
                continue;
            }

            afterCr = false;
            column++;
            if (StandIns.Contains(special, StringComparison.Ordinal))
            {
                throw new GraphFormatException(new GraphError(
                    $"U+{(int)special:X4} is a noncharacter that no text needs; remove it.", new FilePosition(name, line, column)));
            }

            buffer[i] = StandIns[Breaks.IndexOf(special, StringComparison.Ordinal)];
            i++;
        }
    }

    private void NoteTab()
    {
        if (indentTabs.Count == 16)
        {
            indentTabs.Dequeue();
        }

        indentTabs.Enqueue((line, column));
    }
}
