using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>Query results as notebook tables (query results are plain arrays, which a notebook would show field by field).</summary>
public static class TableExtensions
{
    /// <summary>History or timeline rows as one table with dates, quotes and footnoted sources.</summary>
    /// <param name="entries">Rows from <see cref="HistoryQueries.History"/> or <see cref="HistoryQueries.Timeline"/>.</param>
    /// <param name="title">The caption.</param>
    /// <param name="graph">The graph the rows come from: it names every entity the rows refer to by id (through whom, claimed by)
    /// and describes each source (outlet, date). Without it such an entity stays an id and a source is only its title.</param>
    public static HistoryTable ToTable(this IEnumerable<HistoryEntry> entries, string title = "History", DiplomaticGraph? graph = null) =>
        new(title, [.. entries ?? throw new ArgumentNullException(nameof(entries))], graph);

    /// <summary>Contradictions as one table, each with both claims' dates and quotes, then the sources; entities of a claim by id.</summary>
    /// <param name="contradictions">Results of <see cref="ContradictionQueries.Contradictions"/>.</param>
    public static ContradictionTable ToTable(this IEnumerable<Contradiction> contradictions) =>
        new([.. contradictions ?? throw new ArgumentNullException(nameof(contradictions))], null);

    /// <summary>Contradictions as one table, each with both claims' dates and quotes, then the sources; entities by name.</summary>
    /// <param name="contradictions">Results of <see cref="ContradictionQueries.Contradictions"/>.</param>
    /// <param name="graph">The graph they come from: it names the entities of each claim and describes the sources.</param>
    public static ContradictionTable ToTable(this IEnumerable<Contradiction> contradictions, DiplomaticGraph graph) =>
        new([.. contradictions ?? throw new ArgumentNullException(nameof(contradictions))], graph ?? throw new ArgumentNullException(nameof(graph)));

    /// <summary>The graph's statements as one table in time order: who said what, when, on which occasion, about whom, quoted or reported.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="about">Only the statements this entity (an id, name or alias) made or is a subject of; all when null.</param>
    /// <exception cref="EntityResolutionException">The name matches no entity, or several.</exception>
    public static StatementTable StatementTable(this DiplomaticGraph graph, string? about = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entity = about is null ? null : graph.Resolve(about);
        var scope = entity is null ? null : new HashSet<string>(StringComparer.Ordinal) { entity.Id };
        return new(entity is null ? "Statements" : $"Statements by or about {entity.Name}", [.. StatementHtml.Of(graph, scope)], graph);
    }
}
