using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>How history entries and paths print for people: dated lines, each followed by its quotes.</summary>
internal static class TextRows
{
    /// <summary>Prints history or timeline rows under a title (or, with --json, the output record) and returns exit code 0.</summary>
    public static int WriteEntries(CliRun run, string title, IReadOnlyList<HistoryEntry> rows, Func<object> json)
    {
        if (run.Json)
        {
            run.WriteJson(json());
            return ExitCodes.Ok;
        }

        run.Out.WriteLine($"{title}: {rows.Count} entr{(rows.Count == 1 ? "y" : "ies")}");
        foreach (var row in rows)
        {
            Write(run.Out, row);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The most parties a text row names before "and N more" (JSON lists them all).</summary>
    private const int PartiesShown = 20;

    public static void Write(TextWriter output, HistoryEntry e)
    {
        var role = e.Role is null ? string.Empty : $" ({e.Role})";
        var what = e.Kind switch
        {
            HistoryEntryKind.Meeting => $"meeting   {e.Meeting!.Name}: {Parties(e.Parties)}",
            HistoryEntryKind.Statement => $"statement {e.Statement!.Name} ({e.Statement.Statement!.Act.ToString().ToLowerInvariant()}, "
                + $"{e.Statement.Statement.Speech.ToString().ToLowerInvariant()}{(e.Meeting is null ? string.Empty : $", at {e.Meeting.Name}")}): {Parties(e.Parties)}",
            _ => $"{e.Type,-9} {Arrow(e.Relations[0], e.Party, e.OtherParty)}{role}{Through(e)}",
        };
        var possibly = e.InWindow == WindowMatch.Possibly ? "  (possibly in the window)" : string.Empty;
        output.WriteLine($"{e.Time,-28} {what}{Assertion(e.Assertion, e.ClaimedBy)}{possibly}");
        Quotes(output, e.Citations);
    }

    /// <summary>Every party with its role and whom it acted for, the first <see cref="PartiesShown"/> by name.</summary>
    private static string Parties(IReadOnlyList<HistoryParty> parties)
    {
        var shown = string.Join(", ", parties.Take(PartiesShown));
        return parties.Count > PartiesShown ? $"{shown} and {parties.Count - PartiesShown:N0} more" : shown;
    }

    /// <summary>For a relation row: <c>  [Ishaq Dar for Pakistan]</c> when a party acted through an office or membership.</summary>
    private static string Through(HistoryEntry e) =>
        e.Through.Any() ? $"  [{string.Join("; ", e.Through)}]" : string.Empty;

    public static void Write(TextWriter output, GraphPath path, string title)
    {
        output.WriteLine($"{title} ({path.Length} hop{(path.Length == 1 ? string.Empty : "s")}): {path}");
        foreach (var hop in path.Hops)
        {
            output.WriteLine($"  {hop.From.Name} {Arrow(hop.Relation.Type, hop.Forward)} {hop.To.Name}   {hop.Time}   ({hop.Relation.Id}) [{hop.Assertion}{(hop.Relation.ClaimedBy is null ? string.Empty : " by " + hop.Relation.ClaimedBy)}]");
            Quote(output, hop.FirstCitation);
        }
    }

    /// <summary>Prints each citation as an indented quote line with its source's title.</summary>
    public static void Quotes(TextWriter output, IEnumerable<SourcedCitation> citations, string indent = "    ")
    {
        foreach (var c in citations)
        {
            Quote(output, c, indent);
        }
    }

    /// <summary>Prints each citation, its source resolved in <paramref name="graph"/>, as an indented quote line with the source's title.</summary>
    public static void Quotes(TextWriter output, IEnumerable<Citation> citations, DiplomaticGraph graph, string indent = "    ") =>
        Quotes(output, citations.Select(c => SourcedCitation.Of(c, graph)), indent);

    private static void Quote(TextWriter output, SourcedCitation c, string indent = "    ") =>
        output.WriteLine(c.SourceUrl is { } url ? $"{indent}{c.Evidence} — {c.SourceTitle} <{url}>" : $"{indent}{c.Evidence} — {c.SourceTitle}");

    private static string Arrow(Relation r, Entity party, Entity other) =>
        r.From == party.Id ? $"{party.Name} → {other.Name}" : $"{party.Name} ← {other.Name}";

    /// <summary>A relation's type as an arrow: <c>-type-&gt;</c> read forward, <c>&lt;-type-</c> read backward.</summary>
    internal static string Arrow(string type, bool forward) =>
        forward ? $"-{type}->" : $"<-{type}-";

    /// <summary>The <c> [Assertion by X]</c> suffix for anything not plainly stated; empty for stated facts.</summary>
    internal static string Assertion(Model.Assertion assertion, string? claimedBy) =>
        assertion == Model.Assertion.Stated ? string.Empty : $" [{assertion}{(claimedBy is null ? string.Empty : " by " + claimedBy)}]";
}
