using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>Contradictions: the kind, the reason, and each claim with its date and quotes, then the sources.</summary>
internal static class ContradictionHtml
{
    private static readonly string[] Headers = ["Kind", "Reason", "Date", "One claim", "Date", "The other claim"];

    public static void WriteHtml(ContradictionTable table, TextWriter writer) =>
        Footnotes.WriteWithSources(table.Graph, writer, notes => WriteHtml(table, writer, notes));

    /// <summary>The table alone, its citations numbered in <paramref name="notes"/>.</summary>
    public static void WriteHtml(ContradictionTable table, TextWriter writer, Footnotes notes)
    {
        Html.BeginTable(writer, "contradictions", $"Contradictions ({table.Contradictions.Length})", Headers);
        foreach (var contradiction in table.Contradictions)
        {
            Html.LabelledRow(
                writer,
                Headers,
                Html.Escape(contradiction.Kind.ToString()),
                Html.Escape(contradiction.Reason),
                Html.Date(Time(contradiction.First)),
                Claim(contradiction.First, table.Graph, notes),
                Html.Date(Time(contradiction.Second)),
                Claim(contradiction.Second, table.Graph, notes));
        }

        Html.EndTable(writer);
    }

    private static string Claim(ContradictionClaim claim, DiplomaticGraph? graph, Footnotes notes) =>
        $"<div class=\"dg-claim\">{Html.Escape(Describe(claim, graph))}</div>{Html.Citations(claim.Citations, notes)}";

    private static Model.DateRange Time(ContradictionClaim claim) => claim.Time;

    private static string Describe(ContradictionClaim claim, DiplomaticGraph? graph) => claim switch
    {
        RelationClaim { Relation: var relation } => Describe(relation, graph),
        MeetingStatusClaim { Meeting: var meeting, Status: var status } => $"{meeting.Name}: {status.ToString().ToLowerInvariant()}",
        _ => claim.ToString(),
    };

    private static string Describe(Model.Relation relation, DiplomaticGraph? graph)
    {
        var how = RelationRows.Details(null, relation.Assertion, relation.ClaimedBy is null ? null : Html.EntityName(relation.ClaimedBy, graph));
        return $"{Html.EntityName(relation.From, graph)} —{relation.Type}→ {Html.EntityName(relation.To, graph)}{(how.Length == 0 ? " (stated)" : $" ({how})")}{InferenceMarks.Suffix(relation.Basis, relation.Note)}";
    }
}
