using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>Relations as table rows and text lines: date, from, type, to, details, quotes.</summary>
internal static class RelationRows
{
    public static readonly string[] Headers = ["Date", "From", "Relation", "To", "Details", "Quotes"];

    public static void WriteHtml(TextWriter writer, IEnumerable<Relation> relations, DiplomaticGraph? graph, Footnotes notes)
    {
        foreach (var relation in relations)
        {
            Html.LabelledRow(
                writer,
                Headers,
                Html.Date(relation.Time),
                Html.Escape(Html.EntityName(relation.From, graph)),
                Html.Escape(relation.Type),
                Html.Escape(Html.EntityName(relation.To, graph)),
                Html.Escape(Details(relation, graph)),
                Html.Citations(relation.Citations, notes));
        }
    }

    public static void WriteText(TextWriter writer, Relation relation, DiplomaticGraph? graph) =>
        ReportWriter.Write(
            new Text.Report($"{relation.Time}  {Sentences.Relation(graph, relation)}").Add("cited as:", ResolvedCitation.AllOf(relation.Citations, graph)),
            writer,
            ReportFormat.Text,
            graph: graph);

    /// <summary>Role, how it is asserted (when not simply stated) and by whom, its attributes, and its inference mark.</summary>
    public static string Details(Relation relation, DiplomaticGraph? graph)
    {
        var details = Details(relation.Role, relation.Assertion, relation.ClaimedBy is null ? null : Html.EntityName(relation.ClaimedBy, graph));
        var parts = new[]
        {
            details,
            string.Join(", ", relation.Attributes.Select(a => $"{a.Key}: {a.Value}")),
            InferenceMarks.Words(relation.Basis, relation.Note),
        };
        return string.Join("; ", parts.Where(p => p.Length > 0));
    }

    /// <summary>Role, how it is asserted (when not simply stated) and by whom, joined by "; ".</summary>
    public static string Details(string? role, Assertion assertion, string? claimedBy)
    {
        var parts = new List<string>();
        if (role is not null)
        {
            parts.Add(role);
        }

        if (assertion != Assertion.Stated)
        {
            parts.Add(claimedBy is null ? assertion.ToString().ToLowerInvariant() : $"{assertion.ToString().ToLowerInvariant()} by {claimedBy}");
        }

        return string.Join("; ", parts);
    }
}
