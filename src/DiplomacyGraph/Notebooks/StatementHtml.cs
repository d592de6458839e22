using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>Statements as rows: date, speakers, act, quoted or reported, the statement, occasion, subjects, quotes.</summary>
internal static class StatementHtml
{
    public static readonly string[] Headers = ["Date", "Who", "Act", "Words", "Statement", "Occasion", "About", "Quotes"];

    /// <summary>The statements of a graph in time order (undated last), optionally only those a given entity made or is the subject of.</summary>
    public static IEnumerable<Entity> Of(DiplomaticGraph graph, IReadOnlySet<string>? scope) =>
        graph.EntitiesOfKind(EntityKind.Statement)
            .Where(s => scope is null || scope.Contains(s.Id) || graph.RelationsOf(s.Id).Any(r => scope.Contains(r.From) || scope.Contains(r.To)))
            .OrderBy(s => s.Time.IsUnknown)
            .ThenBy(s => s.Time.Earliest)
            .ThenBy(s => s.Name, StringComparer.Ordinal);

    public static void WriteHtml(StatementTable table, TextWriter writer) =>
        Footnotes.WriteWithSources(table.Graph, writer, notes => WriteHtml(table, writer, notes));

    public static void WriteHtml(StatementTable table, TextWriter writer, Footnotes notes)
    {
        var graph = table.Graph;
        Html.BeginTable(writer, "statements", $"{table.Title} ({table.Statements.Length})", Headers);
        foreach (var statement in table.Statements)
        {
            var details = statement.Statement;
            var citations = statement.Citations.AddRange(graph.RelationsOf(statement.Id).Where(r => r.Is(BuiltInRelationTypes.Said) && r.To == statement.Id).SelectMany(r => r.Citations));
            Html.LabelledRow(
                writer,
                Headers,
                Html.Date(statement.Time),
                Html.Escape(Speakers(graph, statement)),
                Html.Escape(details?.Act.ToString().ToLowerInvariant() ?? ""),
                Html.Escape(details?.Speech.ToString().ToLowerInvariant() ?? ""),
                Html.Escape(statement.Name + InferenceMarks.Suffix(statement.Basis, statement.Note)),
                Html.Escape(string.Join(", ", Others(graph, statement, BuiltInRelationTypes.SaidAt))),
                Html.Escape(string.Join(", ", Others(graph, statement, BuiltInRelationTypes.About))),
                Html.Citations(citations, notes));
        }

        Html.EndTable(writer);
    }

    /// <summary>The speakers of a statement by name, each with its role unless it is <c>speaker</c>.</summary>
    public static string Speakers(DiplomaticGraph graph, Entity statement) =>
        string.Join(", ", graph.RelationsOf(statement.Id).Where(r => r.Is(BuiltInRelationTypes.Said) && r.To == statement.Id)
            .Select(r => Html.EntityName(r.From, graph) + (r.Role is { } role && role != "speaker" ? $" ({role})" : "")));

    private static IEnumerable<string> Others(DiplomaticGraph graph, Entity statement, RelationType type) =>
        graph.RelationsOf(statement.Id).Where(r => r.Is(type) && r.From == statement.Id).Select(r => Html.EntityName(r.To, graph));
}
