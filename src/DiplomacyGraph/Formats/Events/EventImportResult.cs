namespace DiplomacyGraph.Formats.Events;

/// <summary>An imported graph and the report of its import.</summary>
/// <param name="Graph">The graph: the events, layered on the graph given to the import when there was one.</param>
/// <param name="Report">What the import did.</param>
public sealed record EventImportResult(DiplomaticGraph Graph, EventImportReport Report);
