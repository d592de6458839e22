namespace DiplomacyGraph.Text;

/// <summary>How a <see cref="Report"/> is written: plain text for people, Markdown for an editor, CSV for a spreadsheet.</summary>
internal enum ReportFormat
{
    /// <summary>Wrapped plain text, sources as <c>[n]</c> labels with a footnote list.</summary>
    Text,

    /// <summary>Markdown: a heading, one list item per row, quotes as block quotes, footnotes.</summary>
    Markdown,

    /// <summary>CSV (RFC 4180): one line per row with its fields, quotes and source ids.</summary>
    Csv,
}
