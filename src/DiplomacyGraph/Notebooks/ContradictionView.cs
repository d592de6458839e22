using DiplomacyGraph.Queries;

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
                Claim(contradiction.First),
                Html.Date(Time(contradiction.Second)),
                Claim(contradiction.Second));
        }

        Html.EndTable(writer);
    }

    public static void WriteText(ContradictionTable table, TextWriter writer)
    {
        writer.WriteLine($"Contradictions ({table.Contradictions.Length})");
        foreach (var contradiction in table.Contradictions)
        {
            writer.WriteLine($"{contradiction.Kind}: {contradiction.Reason}");
            foreach (var claim in new[] { contradiction.First, contradiction.Second })
            {
                writer.WriteLine($"  {Time(claim)}  {Describe(claim)}");
                PlainText.Citations(writer, claim.Citations, "    ");
            }
        }
    }

    private static string Claim(ContradictionClaim claim) => $"{Html.Escape(Describe(claim))}{Html.Citations(claim.Citations)}";

    private static Model.DateRange Time(ContradictionClaim claim) => claim.Time;

    private static string Describe(ContradictionClaim claim) => claim switch
    {
        RelationClaim { Relation: var relation } =>
            $"{relation.From} —{relation.Type}→ {relation.To} ({relation.Assertion.ToString().ToLowerInvariant()}{(relation.ClaimedBy is null ? "" : $" by {relation.ClaimedBy}")}){Marks.Suffix(relation.Basis, relation.Note)}",
        MeetingStatusClaim { Meeting: var meeting, Status: var status } => $"{meeting.Name}: {status}",
        _ => claim.ToString(),
    };
}
