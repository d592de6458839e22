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

    /// <summary>
    /// The meeting's name for a meeting row; for a statement row its act, quoted or reported, its name and occasion; the
    /// relation type otherwise.
    /// </summary>
    public static string What(HistoryEntry entry) => entry switch
    {
        { Kind: HistoryEntryKind.Statement, OtherParty: { Statement: { } s } statement } =>
            $"{entry.Type} ({StatementQueries.ActText(s.Act)}, {StatementQueries.SpeechText(s.Speech)}): {statement.Name}{(entry.Meeting is { } at ? $" at {at.Name}" : string.Empty)}",
        { Meeting: { } meeting } => $"{entry.Type} {meeting.Name}",
        _ => entry.Type,
    };

    private static string Details(HistoryEntry entry)
    {
        var details = RelationRows.Details(entry.Role, entry.Assertion, entry.ClaimedBy);
        var via = entry.Via.Length == 0 ? string.Empty : $"via {string.Join(", ", entry.Via.Select(r => $"{r.From} {r.Type} {r.To}"))}";
        return string.Join("; ", new[] { details, via, RowMarks(entry) }.Where(p => p.Length > 0));
    }

    /// <summary>The row's inferred relations, meeting and statement, each with why.</summary>
    private static string RowMarks(HistoryEntry entry) => string.Join("; ", entry.Relations.Concat(entry.Via)
        .Select(r => (r.Id, r.Basis, r.Note))
        .Concat(new[] { entry.Meeting, entry.Kind == HistoryEntryKind.Statement ? entry.OtherParty : null }.OfType<Model.Entity>().Select(e => (e.Id, e.Basis, e.Note)))
        .Where(m => m.Basis == Model.Basis.Inferred)
        .DistinctBy(m => m.Id)
        .Select(m => $"inferred {m.Id}: {m.Note}"));
}
