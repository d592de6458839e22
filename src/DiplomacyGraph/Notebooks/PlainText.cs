using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// The <c>text/plain</c> form of each type a notebook displays (the <c>text/html</c> form is in its <c>*Html</c> renderer): the
/// same <see cref="Text.Report"/> the CLI prints, through <see cref="ReportWriter"/>.
/// </summary>
internal static class PlainText
{
    public static void Write(Entity entity, DiplomaticGraph? graph, TextWriter writer) =>
        ReportWriter.Write(QueryReports.Entity(entity, graph?.RelationsOf(entity.Id), graph), writer, ReportFormat.Text, graph: graph);

    public static void Write(Relation relation, DiplomaticGraph? graph, TextWriter writer) => RelationRows.WriteText(writer, relation, graph);

    public static void Write(DiplomaticGraph graph, TextWriter writer)
    {
        var summary = GraphSummary.Of(graph);
        writer.WriteLine($"Diplomatic graph: {summary.Entities} entities, {summary.Relations} relations, {summary.Sources} sources, {summary.Citations} citations, dates {GraphHtml.Span(graph)}");
        writer.WriteLine($"  entities: {string.Join(", ", summary.EntitiesByKind.Select(p => $"{p.Key} {p.Value}"))}");
        writer.WriteLine($"  relations: {string.Join(", ", summary.RelationsByType.Select(p => $"{p.Key} {p.Value}"))}");
    }

    public static void Write(HistoryTable table, TextWriter writer) =>
        ReportWriter.Write(QueryReports.Entries(table.Title, table.Entries, table.Graph), writer, ReportFormat.Text);

    public static void Write(GraphPath path, TextWriter writer) =>
        ReportWriter.Write(QueryReports.Path(path, "Path", null), writer, ReportFormat.Text);

    public static void Write(TimeRespectingPath path, TextWriter writer) =>
        ReportWriter.Write(QueryReports.Route(path, null), writer, ReportFormat.Text);

    public static void Write(StatementTable table, TextWriter writer)
    {
        var report = new Text.Report($"{table.Title} ({table.Statements.Length})");
        foreach (var statement in table.Statements)
        {
            var details = statement.Statement;
            report.Add(
                $"{statement.Time}  {StatementHtml.Speakers(table.Graph, statement)}: {statement.Name} ({details?.Act.ToString().ToLowerInvariant()}, {details?.Speech.ToString().ToLowerInvariant()}){InferenceMarks.Suffix(statement.Basis, statement.Note)}",
                ResolvedCitation.AllOf(statement.Citations, table.Graph));
        }

        ReportWriter.Write(report, writer, ReportFormat.Text, graph: table.Graph);
    }

    public static void Write(ContradictionTable table, TextWriter writer) =>
        ReportWriter.Write(QueryReports.Contradictions(table.Contradictions, table.Graph), writer, ReportFormat.Text);
}
