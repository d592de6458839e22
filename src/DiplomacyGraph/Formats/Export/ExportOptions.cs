namespace DiplomacyGraph.Formats;

/// <summary>
/// How the GraphML and GEXF exports shape the graph for tools such as Gephi, NetworkX and igraph.
/// The defaults write every entity and every relation, which GraphML reads back to an equal graph.
/// To export a slice, pass the sliced graph: the writers export whatever graph they are given.
/// </summary>
public record ExportOptions
{
    /// <summary>
    /// True to write one edge per ordered pair of entities, with <c>weight</c> = the number of relations it
    /// stands for, instead of one edge per relation. Gephi merges parallel edges on import; aggregating first
    /// keeps the count and every citation. Default false.
    /// </summary>
    public bool AggregateParallelRelations { get; init; }

    /// <summary>
    /// False to leave meeting nodes out: the attendees of each meeting are then joined pairwise by a
    /// <c>co-attended</c> edge carrying the meeting's date and citations, and relations to or from a meeting are
    /// not written. Default true.
    /// </summary>
    public bool IncludeMeetings { get; init; } = true;

    /// <summary>True when the export holds the whole graph, one edge per relation (what a round trip needs).</summary>
    internal bool IsLossless => !AggregateParallelRelations && IncludeMeetings;
}
