using System.Collections.Immutable;
using DiplomacyGraph.Queries;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// History or timeline rows (from <see cref="HistoryQueries.History"/> or <see cref="HistoryQueries.Timeline"/>) to
/// display as one table: date, what, who, details and quotes per row, then the sources as numbered footnotes.
/// Make one with <see cref="TableExtensions.ToTable(IEnumerable{HistoryEntry}, string, DiplomaticGraph)"/>.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class HistoryTable
{
    internal HistoryTable(string title, ImmutableArray<HistoryEntry> entries, DiplomaticGraph? graph)
    {
        Title = title;
        Entries = entries;
        Graph = graph;
    }

    /// <summary>The table's caption.</summary>
    public string Title { get; }

    /// <summary>The rows, in the order given.</summary>
    public ImmutableArray<HistoryEntry> Entries { get; }

    /// <summary>The graph the rows come from (names the entities the rows refer to by id, and describes the sources); null when not given.</summary>
    public DiplomaticGraph? Graph { get; }
}
