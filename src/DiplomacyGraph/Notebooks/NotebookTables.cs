using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>Query results as notebook tables (query results are plain arrays, which a notebook would show field by field).</summary>
public static class NotebookTables
{
    /// <summary>History or timeline rows as one table with dates and citations.</summary>
    /// <param name="entries">Rows from <see cref="HistoryQueries.History"/> or <see cref="HistoryQueries.Timeline"/>.</param>
    /// <param name="title">The caption.</param>
    public static HistoryTable ToTable(this IEnumerable<HistoryEntry> entries, string title = "History") =>
        new(title, [.. entries ?? throw new ArgumentNullException(nameof(entries))]);

    /// <summary>Contradictions as one table, each with both claims' dates and citations.</summary>
    /// <param name="contradictions">Results of <see cref="ContradictionQueries.Contradictions"/>.</param>
    public static ContradictionTable ToTable(this IEnumerable<Contradiction> contradictions) =>
        new([.. contradictions ?? throw new ArgumentNullException(nameof(contradictions))]);
}
