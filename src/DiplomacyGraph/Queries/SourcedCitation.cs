using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A citation with its source's title resolved, ready to show: who says so, and in which words.</summary>
/// <param name="SourceId">The id of the cited <see cref="Source"/>.</param>
/// <param name="SourceTitle">The source's title.</param>
/// <param name="Quote">The verbatim quote.</param>
public sealed record SourcedCitation(string SourceId, string SourceTitle, string Quote)
{
    /// <summary>Resolves a citation's source in a graph.</summary>
    /// <exception cref="KeyNotFoundException">The graph has no such source.</exception>
    public static SourcedCitation Of(Citation citation, DiplomaticGraph graph)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(graph);
        return new SourcedCitation(citation.SourceId, graph.GetSource(citation.SourceId).Title, citation.Quote);
    }
}
