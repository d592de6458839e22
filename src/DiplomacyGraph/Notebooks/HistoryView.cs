using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>History rows: date, what, between whom, details (role, assertion, through whom) and citations.</summary>
internal static class HistoryView
{
    public static void WriteHtml(HistoryTable table, TextWriter writer)
    {
        Html.BeginTable(writer, "history", $"{table.Title} ({table.Entries.Length} rows)", "Date", "What", "Party", "With", "Details", "Citations");
        foreach (var entry in table.Entries)
        {
            Html.Row(writer, Html.Date(entry.Time), Html.Escape(What(entry)), Html.Escape(entry.Party.Name), Html.Escape(entry.OtherParty.Name), Html.Escape(Details(entry)), Html.Citations(entry.Citations));
        }

        Html.EndTable(writer);
    }

    public static void WriteText(HistoryTable table, TextWriter writer)
    {
        writer.WriteLine($"{table.Title} ({table.Entries.Length} rows)");
        foreach (var entry in table.Entries)
        {
            var details = Details(entry);
            writer.WriteLine($"{entry.Time}  {What(entry)}: {entry.Party.Name} — {entry.OtherParty.Name}{(details.Length > 0 ? $"  ({details})" : "")}");
            PlainText.Citations(writer, entry.Citations, "    ");
        }
    }

    /// <summary>The meeting's name for a meeting row, the relation type otherwise.</summary>
    public static string What(HistoryEntry entry) => entry.Meeting is { } meeting ? $"{entry.Type} {meeting.Name}" : entry.Type;

    private static string Details(HistoryEntry entry)
    {
        var details = RelationRows.Details(entry.Role, entry.Assertion, entry.ClaimedBy);
        return entry.Via.Length == 0 ? details : string.Join("; ", new[] { details, $"via {string.Join(", ", entry.Via.Select(r => $"{r.From} {r.Type} {r.To}"))}" }.Where(p => p.Length > 0));
    }
}
