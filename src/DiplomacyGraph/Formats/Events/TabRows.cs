namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// Splits a tab-separated text without quoting (how ICEWS and GDELT publish their events) into rows and fields, one
/// line at a time from a block buffer: no line is kept once the next is read, and a field is a span of the buffer
/// until a reader asks for its text. Every field knows its line and column, for errors.
/// </summary>
internal sealed class TabRows
{
    private const int BlockSize = 64 * 1024;

    private readonly TextReader text;
    private char[] buffer = new char[BlockSize];
    private int start;
    private int end;
    private bool eof;
    private int[] fieldStarts = new int[64];
    private int[] fieldEnds = new int[64];
    private int lineStart;
    private readonly SpanMap<(string Text, bool Repaired)> shared = new();

    public TabRows(TextReader text) => this.text = text;

    /// <summary>The current row's line number, from 1.</summary>
    public int Line { get; private set; }

    /// <summary>How many fields the current row has.</summary>
    public int Count { get; private set; }

    /// <summary>Moves to the next line that is not empty; false at the end of the text.</summary>
    public bool Next()
    {
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf('\n');
            while (newline < 0 && !eof)
            {
                Fill();
                newline = buffer.AsSpan(start, end - start).IndexOf('\n');
            }

            if (newline < 0 && start == end)
            {
                return false;
            }

            var lineEnd = newline < 0 ? end : start + newline;
            Line++;
            lineStart = start;
            start = newline < 0 ? end : lineEnd + 1;
            if (lineEnd > lineStart && buffer[lineEnd - 1] == '\r')
            {
                lineEnd--;
            }

            if (lineEnd == lineStart)
            {
                continue; // A blank line (the final newline of a file, say) is no row.
            }

            Split(lineStart, lineEnd);
            return true;
        }
    }

    /// <summary>Field <paramref name="index"/> (from 0) of the current row.</summary>
    public ReadOnlySpan<char> this[int index] => buffer.AsSpan(fieldStarts[index], fieldEnds[index] - fieldStarts[index]);

    /// <summary>The column (from 1) where field <paramref name="index"/> starts.</summary>
    public int Column(int index) => fieldStarts[index] - lineStart + 1;

    /// <summary>How many field texts held C1 control characters that were read as the Windows-1252 characters they stand for.</summary>
    public long Repaired { get; private set; }

    /// <summary>
    /// The field's text, or <see langword="null"/> when it is empty or <c>NA</c> (absent in both datasets). A C1 control
    /// character (U+0080 … U+009F; GDELT writes <c>San\u0091a'</c> for <c>San‘a'</c>) is text once encoded as Windows-1252
    /// and decoded as Latin-1: it becomes the character Windows-1252 gives that byte (five bytes that name none are dropped).
    /// </summary>
    public string? Text(int index)
    {
        var field = this[index].Trim();
        if (field.Length == 0 || field is "NA")
        {
            return null;
        }

        if (field.IndexOfAnyInRange('\u0080', '\u009f') < 0)
        {
            return new string(field);
        }

        Repaired++;
        var text = new System.Text.StringBuilder(field.Length);
        foreach (var c in field)
        {
            if (c is < '\u0080' or > '\u009f')
            {
                text.Append(c);
            }
            else if (Windows1252[c - 0x80] is var repaired and not '\0')
            {
                text.Append(repaired);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// <see cref="Text"/> for a field whose values repeat from row to row (a code, a name, a country): each distinct text
    /// is made once and the same string returned after, with no allocation.
    /// </summary>
    public string? Shared(int index)
    {
        var field = this[index].Trim();
        if (field.Length == 0 || field is "NA")
        {
            return null;
        }

        if (shared.TryGetValue(field, out var seen))
        {
            if (seen.Repaired)
            {
                Repaired++;
            }

            return seen.Text;
        }

        var repairedBefore = Repaired;
        var text = Text(index)!;
        shared.Add(field, (text, Repaired != repairedBefore));
        return text;
    }

    /// <summary>Whether the field is empty or <c>NA</c>.</summary>
    public bool IsAbsent(int index)
    {
        var field = this[index].Trim();
        return field.Length == 0 || field is "NA";
    }

    /// <summary>Fields <paramref name="from"/> to <paramref name="to"/> of the current row as one span, tabs included (a key for what they name together).</summary>
    public ReadOnlySpan<char> Fields(int from, int to) => buffer.AsSpan(fieldStarts[from], fieldEnds[to] - fieldStarts[from]);

    // Windows-1252's characters for the bytes 0x80 … 0x9F; \0 where it has none.
    private static readonly char[] Windows1252 =
    [
        '\u20ac', '\0', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017d', '\0',
        '\0', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\0', '\u017e', '\u0178',
    ];

    private void Split(int from, int to)
    {
        var count = 0;
        var position = from;
        while (true)
        {
            if (count == fieldStarts.Length)
            {
                Array.Resize(ref fieldStarts, count * 2);
                Array.Resize(ref fieldEnds, count * 2);
            }

            var tab = buffer.AsSpan(position, to - position).IndexOf('\t');
            fieldStarts[count] = position;
            if (tab < 0)
            {
                fieldEnds[count++] = to;
                break;
            }

            fieldEnds[count++] = position + tab;
            position += tab + 1;
        }

        Count = count;
    }

    private void Fill()
    {
        if (start > 0)
        {
            Array.Copy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2); // A line longer than the block.
        }

        var read = text.Read(buffer.AsSpan(end));
        if (read == 0)
        {
            eof = true;
        }

        end += read;
    }
}
