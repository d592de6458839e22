using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Text;

/// <summary>
/// What a query answer says, independent of how it is written: a title, rows (each a sentence with fields and quotes) and
/// notes. The CLI and the notebook's plain-text views build one and hand it to <see cref="ReportWriter"/>, so both print alike.
/// </summary>
internal sealed class Report(string title)
{
    private readonly List<ReportItem> items = [];
    private readonly List<string> notes = [];

    public string Title { get; } = title;

    public IReadOnlyList<ReportItem> Items => items;

    /// <summary>Lines said after the rows: why a slice is empty, what a mark means.</summary>
    public IReadOnlyList<string> Notes => notes;

    public Report Add(string text, IEnumerable<ResolvedCitation>? quotes = null, int level = 0, params (string Name, string? Value)[] fields)
    {
        items.Add(new ReportItem(
            text,
            [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value ?? string.Empty))],
            [.. quotes ?? []],
            level));
        return this;
    }

    public Report Note(string note)
    {
        notes.Add(note);
        return this;
    }
}
