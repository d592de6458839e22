using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>Query results as notebook tables (query results are plain arrays, which a notebook would show field by field).</summary>
public static class NotebookTables
{
    /// <summary>History or timeline rows as one table with dates and citations.</summary>
    /// <param name="entries">Rows from <see cref="HistoryQueries.History"/> or <see cref="HistoryQueries.Timeline"/>.</param>
    /// <param name="title">The caption.</param>
    /// <param name="graph">The graph the rows come from, when given: who claims or denies, and through whom, are named rather than shown by id.</param>
    public static HistoryTable ToTable(this IEnumerable<HistoryEntry> entries, string title = "History", DiplomaticGraph? graph = null) =>
        new(title, [.. entries ?? throw new ArgumentNullException(nameof(entries))]) { Graph = graph };

    /// <summary>Contradictions as one table, each with both claims' dates and citations.</summary>
    /// <param name="contradictions">Results of <see cref="ContradictionQueries.Contradictions"/>.</param>
    public static ContradictionTable ToTable(this IEnumerable<Contradiction> contradictions) =>
        new([.. contradictions ?? throw new ArgumentNullException(nameof(contradictions))]);

    /// <summary>Contradictions as one table, entities named rather than shown by id.</summary>
    /// <param name="contradictions">Results of <see cref="ContradictionQueries.Contradictions"/>.</param>
    /// <param name="graph">The graph they come from.</param>
    public static ContradictionTable ToTable(this IEnumerable<Contradiction> contradictions, DiplomaticGraph graph) =>
        new([.. contradictions ?? throw new ArgumentNullException(nameof(contradictions))]) { Graph = graph };
}
