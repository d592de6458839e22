namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Where each line of a text starts, so that a line and column become an offset (and back) by lookup. LF, CRLF and a
/// lone CR each end a line, as in YAML and XML. Built once per text; every position lookup is then O(log lines).
/// </summary>
internal sealed class TextLines
{
    private readonly int[] starts;
    private readonly int length;

    public TextLines(ReadOnlySpan<char> text)
    {
        var found = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                found.Add(i + 1);
            }
        }

        starts = [.. found];
        length = text.Length;
    }

    /// <summary>The 1-based line and column of an offset.</summary>
    public (int Line, int Column) LineAndColumn(int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - starts[line] + 1);
    }

    /// <summary>The offset of a 1-based line and column, clamped to the text.</summary>
    public int Offset(int line, int column) =>
        Math.Min(length, starts[Math.Clamp(line - 1, 0, starts.Length - 1)] + Math.Max(0, column - 1));
}
