using DiplomacyGraph.Model;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// An entity: its facts with their citations, then (when its graph is given, as in an <see cref="EntityCard"/>)
/// its relations in time order and the titles of the sources it cites.
/// </summary>
internal static class EntityView
{
    public static void WriteHtml(Entity entity, DiplomaticGraph? graph, TextWriter writer)
    {
        Html.BeginTable(writer, "entity", $"{entity.Name} — {entity.Kind} ({entity.Id})", "Field", "Value", "Citations");
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
                Html.Row(writer, "Status", Html.Escape(report.Status.ToString()), Html.Citations(report.Citations, graph));
            }

            if (meeting.Topics.Length > 0)
            {
                Html.Row(writer, "Topics", Html.Escape(string.Join(", ", meeting.Topics)), "");
            }
        }

        if (entity.Citations.Length > 0)
        {
            Html.Row(writer, "Cited", "", Html.Citations(entity.Citations, graph));
        }

        Html.EndTable(writer);
        if (graph is not null && graph.RelationsOf(entity.Id) is { Length: > 0 } relations)
        {
            Html.BeginTable(writer, "relations", $"Relations of {entity.Name}, in time order", RelationRows.Headers);
            RelationRows.WriteHtml(writer, relations, graph);
            Html.EndTable(writer);
        }
    }

    public static void WriteText(Entity entity, DiplomaticGraph? graph, TextWriter writer) =>
        ReportWriter.Write(QueryReports.Entity(entity, graph?.RelationsOf(entity.Id), graph), writer, ReportFormat.Text, graph: graph);
}
