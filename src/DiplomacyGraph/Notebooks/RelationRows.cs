using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>Relations as table rows and text lines: date, from, type, to, details, citations.</summary>
internal static class RelationRows
{
    public static readonly string[] Headers = ["Date", "From", "Relation", "To", "Details", "Citations"];

    public static void WriteHtml(TextWriter writer, IEnumerable<Relation> relations, DiplomaticGraph? graph)
    {
        foreach (var relation in relations)
        {
            Html.Row(
                writer,
                Html.Date(relation.Time),
                Html.Escape(Html.EntityName(relation.From, graph)),
                Html.Escape(relation.Type),
                Html.Escape(Html.EntityName(relation.To, graph)),
                Html.Escape(Details(relation, graph)),
                Html.Citations(relation.Citations, graph));
        }
    }

    public static void WriteText(TextWriter writer, Relation relation, DiplomaticGraph? graph)
    {
        var details = Details(relation, graph);
        writer.WriteLine($"{relation.Time}  {Html.EntityName(relation.From, graph)} —{relation.Type}→ {Html.EntityName(relation.To, graph)}{(details.Length > 0 ? $"  ({details})" : "")}");
        PlainText.Citations(writer, relation.Citations, graph, "    ");
    }

    /// <summary>Role, how it is asserted (when not simply stated) and by whom, its attributes, and its inference mark.</summary>
    public static string Details(Relation relation, DiplomaticGraph? graph)
    {
        var details = Details(relation.Role, relation.Assertion, relation.ClaimedBy is null ? null : Html.EntityName(relation.ClaimedBy, graph));
        var parts = new[]
        {
            details,
            string.Join(", ", relation.Attributes.Select(a => $"{a.Key}: {a.Value}")),
            Marks.Words(relation.Basis, relation.Note),
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
