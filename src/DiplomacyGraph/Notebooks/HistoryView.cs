using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>History rows: date, what, between whom, details (role, assertion, through whom) and citations.</summary>
internal static class HistoryView
{
    public static void WriteHtml(HistoryTable table, TextWriter writer)
    {
        Html.BeginTable(writer, "history", $"{table.Title} ({table.Entries.Length} rows)", "Date", "What", "Party", "With", "Details", "Citations");
        foreach (var entry in table.Entries)
        {
            Html.Row(writer, Html.Date(entry.Time), Html.Escape(What(entry)), Html.Escape(entry.Party.Name), Html.Escape(entry.OtherParty.Name), Html.Escape(Details(entry, table.Graph)), Html.Citations(entry.Citations));
        }

        Html.EndTable(writer);
    }

    public static void WriteText(HistoryTable table, TextWriter writer) =>
        ReportWriter.Write(QueryReports.Entries(table.Title, table.Entries, table.Graph), writer, ReportFormat.Text);

    /// <summary>The meeting's name for a meeting row, the relation type otherwise.</summary>
    public static string What(HistoryEntry entry) => entry.Meeting is { } meeting ? $"{entry.Type} {meeting.Name}" : entry.Type;

    private static string Details(HistoryEntry entry, DiplomaticGraph? graph)
    {
        var details = RelationRows.Details(entry.Role, entry.Assertion, entry.ClaimedBy is null ? null : Sentences.Name(graph, entry.ClaimedBy));
        return entry.Via.Length == 0 ? details : string.Join("; ", new[] { details, $"via {string.Join(", ", entry.Via.Select(r => $"{Sentences.Name(graph, r.From)} {r.Type} {Sentences.Name(graph, r.To)}"))}" }.Where(p => p.Length > 0));
    }
}
