using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>Contradictions: the kind, the reason, and each claim with its date and citations.</summary>
internal static class ContradictionView
{
    public static void WriteHtml(ContradictionTable table, TextWriter writer)
    {
        Html.BeginTable(writer, "contradictions", $"Contradictions ({table.Contradictions.Length})", "Kind", "Reason", "Date", "One claim", "Date", "The other claim");
        foreach (var contradiction in table.Contradictions)
        {
            Html.Row(
                writer,
                Html.Escape(contradiction.Kind.ToString()),
                Html.Escape(contradiction.Reason),
                Html.Date(Time(contradiction.First)),
                Claim(contradiction.First, table.Graph),
                Html.Date(Time(contradiction.Second)),
                Claim(contradiction.Second, table.Graph));
        }

        Html.EndTable(writer);
    }

    public static void WriteText(ContradictionTable table, TextWriter writer) =>
        ReportWriter.Write(QueryReports.Contradictions(table.Contradictions, table.Graph), writer, ReportFormat.Text);

    private static string Claim(ContradictionClaim claim, DiplomaticGraph? graph) => $"{Html.Escape(Describe(claim, graph))}{Html.Citations(claim.Citations)}";

    private static Model.DateRange Time(ContradictionClaim claim) => claim.Time;

    private static string Describe(ContradictionClaim claim, DiplomaticGraph? graph) => claim switch
    {
        RelationClaim { Relation: var relation } =>
            $"{Sentences.Name(graph, relation.From)} —{relation.Type}→ {Sentences.Name(graph, relation.To)} ({relation.Assertion.ToString().ToLowerInvariant()}{(relation.ClaimedBy is null ? "" : $" by {Sentences.Name(graph, relation.ClaimedBy)}")}){Marks.Suffix(relation.Basis, relation.Note)}",
        MeetingStatusClaim { Meeting: var meeting, Status: var status } => $"{meeting.Name}: {status}",
        _ => claim.ToString(),
    };
}
