using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Text;

/// <summary>One row of a <see cref="Report"/>: a sentence for people, named fields for tables, and the quotes it rests on.</summary>
/// <param name="Text">The row as a sentence (names, not ids).</param>
/// <param name="Fields">The row's values by column name, for CSV and tables.</param>
/// <param name="Quotes">The citations the row rests on; near-duplicates are shown once.</param>
/// <param name="Level">Nesting: 0 for a row, 1 for a row under it (a side of a contradiction).</param>
internal sealed record ReportItem(string Text, IReadOnlyList<KeyValuePair<string, string>> Fields, IReadOnlyList<ResolvedCitation> Quotes, int Level = 0);
