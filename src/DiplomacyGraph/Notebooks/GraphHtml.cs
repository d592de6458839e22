using System.Globalization;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>A graph as its <see cref="GraphSummary"/>: counts by kind and type, sources, citations and the span of its dates.</summary>
internal static class GraphHtml
{
    public static void WriteHtml(DiplomaticGraph graph, TextWriter writer)
    {
        var summary = GraphSummary.Of(graph);
        Html.BeginTable(writer, "graph", $"Diplomatic graph: {summary.Entities} entities, {summary.Relations} relations", "What", "Count");
        foreach (var (kind, count) in summary.EntitiesByKind)
        {
            Html.Row(writer, $"Entities: {Html.Escape(kind.ToString())}", Count(count));
        }

        foreach (var (type, count) in summary.RelationsByType)
        {
            Html.Row(writer, $"Relations: {Html.Escape(type)}", Count(count));
        }

        Html.Row(writer, "Sources", Count(summary.Sources));
        Html.Row(writer, "Citations", Count(summary.Citations));
        Html.Row(writer, "Dates", Html.Escape(Span(graph).ToString()));
        Html.EndTable(writer);
    }

    /// <summary>The span of the relation and meeting times, as fuzzy as they are written.</summary>
    public static DateSpan Span(DiplomaticGraph graph) =>
        DateSpan.Of(graph.Relations.Select(r => r.Time).Concat(graph.Entities.Where(e => e.Meeting is not null).Select(e => e.Meeting!.Time)));

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
