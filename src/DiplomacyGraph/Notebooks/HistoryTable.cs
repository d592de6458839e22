using System.Collections.Immutable;
using DiplomacyGraph.Queries;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// History or timeline rows (from <see cref="HistoryQueries.History"/> or <see cref="HistoryQueries.Timeline"/>) to
/// display as one table: date, what, who, details and citations per row. Make one with
/// <see cref="NotebookTables.ToTable(IEnumerable{HistoryEntry}, string, DiplomaticGraph?)"/>.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class HistoryTable
{
    internal HistoryTable(string title, ImmutableArray<HistoryEntry> entries)
    {
        Title = title;
        Entries = entries;
    }

    /// <summary>The graph the rows come from, when given: entities referred to by id are shown by name.</summary>
    internal DiplomaticGraph? Graph { get; init; }

    /// <summary>The table's caption.</summary>
    public string Title { get; }

    /// <summary>The rows, in the order given.</summary>
    public ImmutableArray<HistoryEntry> Entries { get; }
}
