using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>History rows: date, what, between whom, details (role, assertion, through whom) and quotes, then the sources.</summary>
internal static class HistoryHtml
{
    public static readonly string[] Headers = ["Date", "What", "Party", "With", "Details", "Quotes"];

    public static void WriteHtml(HistoryTable table, TextWriter writer) =>
        Footnotes.WriteWithSources(table.Graph, writer, notes => WriteHtml(table, writer, notes));

    /// <summary>The table alone, its citations numbered in <paramref name="notes"/> (a page lists them once at its end).</summary>
    public static void WriteHtml(HistoryTable table, TextWriter writer, Footnotes notes)
    {
        var names = Names(table);
        Html.BeginTable(writer, "history", $"{table.Title} ({Rows(table.Entries.Length)})", Headers);
        foreach (var entry in table.Entries)
        {
            Html.LabelledRow(writer, Headers, Html.Date(entry.Time), Html.Escape(What(entry)), Html.Escape(entry.Party.Name), Html.Escape(entry.OtherParty.Name), Html.Escape(Details(entry, names)), Html.Citations(entry.Citations, notes));
        }

        Html.EndTable(writer);
    }

    /// <summary>
    /// The meeting's name for a meeting row; for a statement row its act, quoted or reported, its name and occasion; the
    /// relation type otherwise.
    /// </summary>
    public static string What(HistoryEntry entry) => entry switch
    {
        { Kind: HistoryEntryKind.Statement, Statement: { Statement: { } s } statement } =>
            $"{entry.Type} ({StatementQueries.ActText(s.Act)}, {StatementQueries.SpeechText(s.Speech)}): {statement.Name}{(entry.Meeting is { } at ? $" at {at.Name}" : string.Empty)}",
        { Meeting: { } meeting } => $"{entry.Type} {meeting.Name}",
        _ => entry.Type,
    };

    private static string Rows(int count) => count == 1 ? "1 row" : $"{count} rows";

    /// <summary>Role, assertion and through whom a party took part, every entity by name.</summary>
    private static string Details(HistoryEntry entry, Func<string, string> name)
    {
        var details = RelationRows.Details(entry.Role, entry.Assertion, entry.ClaimedBy is null ? null : name(entry.ClaimedBy));
        var via = entry.Via.Length == 0 ? string.Empty : $"via {string.Join(", ", entry.Via.Select(r => $"{name(r.From)} —{r.Type}→ {name(r.To)}"))}";
        return string.Join("; ", new[] { details, via, RowMarks(entry) }.Where(p => p.Length > 0));
    }

    /// <summary>Names by id: from the graph when the table has it, else from the entities the rows carry (an unknown id stays as it is).</summary>
    private static Func<string, string> Names(HistoryTable table)
    {
        if (table.Graph is { } graph)
        {
            return id => Html.EntityName(id, graph);
        }

        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in table.Entries.SelectMany(e => new[] { e.Party, e.OtherParty, e.Meeting }).OfType<Entity>())
        {
            known.TryAdd(entity.Id, entity.Name);
        }

        return id => known.TryGetValue(id, out var name) ? name : id;
    }

    /// <summary>The row's inferred relations, meeting and statement, each with why.</summary>
    private static string RowMarks(HistoryEntry entry) => string.Join("; ", entry.MarkedElements
        .Where(m => m.Basis == Model.Basis.Inferred)
        .DistinctBy(m => m.Id)
        .Select(m => InferenceMarks.Words(m.Basis, m.Note)));
}
