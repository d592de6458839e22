using DiplomacyGraph.Model;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// An entity: its facts with their quotes, then (when its graph is given, as in an <see cref="EntityCard"/>)
/// its relations in time order; then the sources it rests on, as numbered footnotes.
/// </summary>
internal static class EntityView
{
    public static void WriteHtml(Entity entity, DiplomaticGraph? graph, TextWriter writer)
    {
        var notes = new Footnotes(graph);
        WriteFactsHtml(entity, writer, notes);
        if (graph is not null && graph.RelationsOf(entity.Id) is { Length: > 0 } relations)
        {
            Html.BeginTable(writer, "relations", $"Relations of {entity.Name}, in time order", RelationRows.Headers);
            RelationRows.WriteHtml(writer, relations, graph, notes);
            Html.EndTable(writer);
        }

        notes.WriteHtml(writer);
    }

    /// <summary>The facts table alone, its citations numbered in <paramref name="notes"/>.</summary>
    public static void WriteFactsHtml(Entity entity, TextWriter writer, Footnotes notes)
    {
        Html.BeginTable(writer, "entity", $"{entity.Name} — {entity.Kind}", "Field", "Value", "Quotes");
        Html.Row(writer, "Id", Html.Escape(entity.Id), "");
        if (entity.Aliases.Length > 0)
        {
            Html.Row(writer, "Also", Html.Escape(string.Join(", ", entity.Aliases)), "");
        }

        foreach (var (key, value) in entity.Attributes)
        {
            Html.Row(writer, Html.Escape(key), Html.Escape(value), "");
        }

        if (entity.Meeting is { } meeting)
        {
            Html.Row(writer, "When", Html.Date(meeting.Time), "");
            foreach (var report in meeting.Statuses)
            {
                Html.Row(writer, "Status", Html.Escape(report.Status.ToString()), Html.Citations(report.Citations, notes));
            }

            if (meeting.Topics.Length > 0)
            {
                Html.Row(writer, "Topics", Html.Escape(string.Join(", ", meeting.Topics)), "");
            }
        }

        if (entity.Citations.Length > 0)
        {
            Html.Row(writer, "Cited", "", Html.Citations(entity.Citations, notes));
        }

        Html.EndTable(writer);
    }

    public static void WriteText(Entity entity, DiplomaticGraph? graph, TextWriter writer) =>
        ReportWriter.Write(QueryReports.Entity(entity, graph?.RelationsOf(entity.Id), graph), writer, ReportFormat.Text, graph: graph);
}
