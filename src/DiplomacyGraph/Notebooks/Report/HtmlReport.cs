using DiplomacyGraph.Queries;
using DiplomacyGraph.Notebooks.Report;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// A shareable page: one self-contained HTML document (inline CSS and SVG, no script, no external font, image or
/// request — its Content-Security-Policy forbids them) on an entity, a pair or the whole graph. It holds a summary,
/// the timeline, the history table with footnoted sources, statements, contradictions, the network around the
/// subject and the full list of the sources cited, with titles, outlets, urls and dates. It prints well (print
/// styles) and reads at phone width.
/// </summary>
/// <example><code>
/// File.WriteAllText("pakistan-afghanistan.html", Seeds.Load().Report("Pakistan", "Afghanistan"));
/// </code></example>
public static class HtmlReport
{
    /// <summary>The page on the whole graph: every meeting, every statement, every contradiction, every source.</summary>
    /// <param name="graph">The graph.</param>
    public static string Report(this DiplomaticGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return ReportPage.Write(ReportSubject.Whole(graph));
    }

    /// <summary>The page on one entity: its timeline, relations, statements and neighbourhood.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="entity">An id, name or alias (<see cref="EntityResolver.Resolve"/>).</param>
    /// <exception cref="EntityResolutionException">The name matches no entity, or several.</exception>
    public static string Report(this DiplomaticGraph graph, string entity)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entity);
        return ReportPage.Write(ReportSubject.Of(graph, graph.Resolve(entity)));
    }

    /// <summary>The page on what passed between two entities, including what their office holders and members did.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="entity">The first entity: an id, name or alias.</param>
    /// <param name="other">The second entity.</param>
    /// <exception cref="EntityResolutionException">A name matches no entity, or several.</exception>
    public static string Report(this DiplomaticGraph graph, string entity, string other)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(other);
        return ReportPage.Write(ReportSubject.Between(graph, graph.Resolve(entity), graph.Resolve(other)));
    }
}
