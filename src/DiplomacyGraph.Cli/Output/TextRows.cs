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
            Write(run.Out, row, run.Graph);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Prints a row; a statement row with its speakers, act, occasion, subjects, and its words marked quoted or reported.</summary>
    public static void Write(TextWriter output, HistoryEntry e, DiplomaticGraph graph)
    {
        if (e.Kind != HistoryEntryKind.Statement)
        {
            Write(output, e);
            return;
        }

        var facts = graph.StatementFacts(e.Id);
        var via = e.Via.IsEmpty ? string.Empty : $"  [via {string.Join("; ", e.Via.Select(v => $"{v.From} {v.Type} {v.To}"))}]";
        output.WriteLine($"{e.Time,-28} {"statement",-9} {Statement(facts)}{Assertion(e.Assertion, e.ClaimedBy)}{RowMarks(e)}{via}");
        if (!facts.Subjects.IsEmpty)
        {
            output.WriteLine($"    about: {string.Join(", ", facts.Subjects.Select(s => s.Name))}");
        }

        Words(output, facts);
        Quotes(output, e.Citations.Where(c => !facts.Words.Contains(c)));
    }

    /// <summary>The statement in one line: <c>Ishaq Dar (speaker) — request, quoted, at Dar's Kabul visit: Dar warns on the TTP (id)</c>.</summary>
    public static string Statement(StatementFacts facts)
    {
        var who = facts.Speakers.IsEmpty ? "(no speaker recorded)" : string.Join(", ", facts.Speakers);
        var at = facts.Occasion is null ? string.Empty : $", at {facts.Occasion.Name} ({facts.Occasion.Id})";
        return $"{who} — {StatementQueries.ActText(facts.Details.Act)}, {StatementQueries.SpeechText(facts.Details.Speech)}{at}: {facts.Statement.Name} ({facts.Statement.Id})";
    }

    /// <summary>
    /// The statement's words, labelled: quoted (the article quotes the speaker) or reported (the article's own words
    /// about the speech, never to be presented as the speaker's).
    /// </summary>
    public static void Words(TextWriter output, StatementFacts facts, string indent = "    ")
    {
        output.WriteLine(facts.Details.Speech == SpeechMode.Quoted
            ? $"{indent}quoted — the article quotes the speaker:"
            : $"{indent}reported — the article's words, not the speaker's:");
        Quotes(output, facts.Words, indent + "  ");
    }

    /// <summary>The inference marks of a row's relations, meeting and statement: <c> [inferred: why]</c> each.</summary>
    public static string RowMarks(HistoryEntry e)
    {
        var marked = HistoryRow.MarkedElements(e).Where(m => m.Basis == Basis.Inferred).DistinctBy(m => m.Id).ToList();
        return string.Concat(marked.Select(m => marked.Count == 1 && e.Relations.Length + (e.Meeting is null ? 0 : 1) <= 1
            ? Mark(m.Basis, m.Note)
            : $" [inferred {m.Id}: {m.Note}]"));
    }

    /// <summary>The <c> [inferred: why]</c> suffix of an inferred element; empty for a stated one.</summary>
    public static string Mark(Basis basis, string? note) =>
        basis == Basis.Inferred ? $" [inferred: {note}]" : string.Empty;

    public static void Write(TextWriter output, HistoryEntry e)
    {
        var role = e.Role is null ? string.Empty : $" ({e.Role})";
        var what = e.Kind == HistoryEntryKind.Meeting
            ? $"meeting   {e.Meeting!.Name} ({e.Meeting.Id}): {e.Party.Name}{role} with {e.OtherParty.Name}"
            : $"{e.Type,-9} {Arrow(e.Relations[0], e.Party, e.OtherParty)}{role}";
        var via = e.Via.IsEmpty ? string.Empty : $"  [via {string.Join("; ", e.Via.Select(v => $"{v.From} {v.Type} {v.To}"))}]";
        output.WriteLine($"{e.Time,-28} {what}{Assertion(e.Assertion, e.ClaimedBy)}{RowMarks(e)}{via}");
        Quotes(output, e.Citations);
    }

    public static void Write(TextWriter output, GraphPath path, string title)
    {
        output.WriteLine($"{title} ({path.Length} hop{(path.Length == 1 ? string.Empty : "s")}): {path}");
        foreach (var hop in path.Hops)
        {
            output.WriteLine($"  {hop.From.Name} {Arrow(hop.Relation.Type, hop.Forward)} {hop.To.Name}   {hop.Time}   ({hop.Relation.Id}){Assertion(hop.Relation.Assertion, hop.Relation.ClaimedBy)}{Mark(hop.Relation.Basis, hop.Relation.Note)}");
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
