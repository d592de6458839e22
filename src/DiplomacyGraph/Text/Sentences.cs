using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Text;

/// <summary>The pieces every text view writes alike: relation arrows, assertion marks, names instead of ids.</summary>
internal static class Sentences
{
    /// <summary>An entity's name, or the id when the graph does not have it.</summary>
    public static string Name(DiplomaticGraph? graph, string id) => graph is not null && graph.TryGetEntity(id, out var e) ? e.Name : id;

    /// <summary>A relation's type as an arrow: <c>—type→</c> read forward, <c>←type—</c> read backward.</summary>
    public static string Arrow(string type, bool forward) => forward ? $"—{type}→" : $"←{type}—";

    /// <summary>A relation as a sentence: <c>Ishaq Dar —visited→ Kabul</c>, with its role and assertion.</summary>
    public static string Relation(DiplomaticGraph? graph, Relation relation) =>
        $"{Name(graph, relation.From)} {Arrow(relation.Type, true)} {Name(graph, relation.To)}{Role(relation.Role)}{Assertion(graph, relation.Assertion, relation.ClaimedBy)}{Mark(relation)}";

    /// <summary>The inference mark of a relation (<c> [inferred: why]</c>), or nothing for a stated one.</summary>
    public static string Mark(Relation relation) => InferenceMarks.Suffix(relation.Basis, relation.Note);

    /// <summary>The inference mark of an entity, or nothing for a stated one.</summary>
    public static string Mark(Entity entity) => InferenceMarks.Suffix(entity.Basis, entity.Note);

    /// <summary><c> as ROLE</c>, or nothing.</summary>
    public static string Role(string? role) => role is null ? string.Empty : $" as {role}";

    /// <summary>The <c> [denied by Ishaq Dar]</c> mark for anything not plainly stated; empty for stated facts.</summary>
    public static string Assertion(DiplomaticGraph? graph, Assertion assertion, string? claimedBy) =>
        assertion == Model.Assertion.Stated ? string.Empty
            : $" [{assertion.ToString().ToLowerInvariant()}{(claimedBy is null ? string.Empty : " by " + Name(graph, claimedBy))}]";

    /// <summary>A path hop's assertion, always shown (a path may be widened beyond stated relations): <c> [stated]</c>, <c> [alleged by Ishaq Dar]</c>.</summary>
    public static string HopAssertion(DiplomaticGraph? graph, Assertion assertion, string? claimedBy) =>
        $" [{assertion.ToString().ToLowerInvariant()}{(claimedBy is null ? string.Empty : " by " + Name(graph, claimedBy))}]";

    /// <summary>Through whom a party took part: <c>via Muhammad Sadiq —holds-office→ Pakistan</c>.</summary>
    public static string Via(DiplomaticGraph? graph, IEnumerable<Relation> via)
    {
        var hops = via.Select(v => $"{Name(graph, v.From)} {Arrow(v.Type, true)} {Name(graph, v.To)}").ToList();
        return hops.Count == 0 ? string.Empty : $" (via {string.Join("; ", hops)})";
    }

    /// <summary>The most parties a text row names before "and N more" (JSON lists them all).</summary>
    private const int PartiesShown = 20;

    /// <summary>
    /// A history or timeline row as a sentence, names only: a relation with its arrow and through whom a party acted, a
    /// meeting or a statement with every party, and "(possibly in the window)" for a row that only might fall in it.
    /// </summary>
    public static string Entry(DiplomaticGraph? graph, HistoryEntry e)
    {
        var role = e.Role is null ? string.Empty : $" ({e.Role})";
        var what = e.Kind switch
        {
            HistoryEntryKind.Meeting => $"{e.Meeting!.Name}: {Parties(e.Parties)}",
            HistoryEntryKind.Statement when e.Statement is { } statement =>
                $"{e.Party.Name}{(e.Role is null or "about" ? string.Empty : $" ({e.Role})")} {(e.Role == "about" ? "is the subject of" : "said")}: {Statement(statement)}"
                + $"{(e.Meeting is null ? string.Empty : $", at {e.Meeting.Name}")}; parties: {Parties(e.Parties)}",
            _ => $"{e.Party.Name} {Arrow(e.Type, e.Relations[0].From == e.Party.Id)} {e.OtherParty.Name}{role}{Coded(e.Relations[0])}{Through(e)}",
        };
        var possibly = e.InWindow == WindowMatch.Possibly ? " (possibly in the window)" : string.Empty;
        return $"{what}{Assertion(graph, e.Assertion, e.ClaimedBy)}{RowMarks(e)}{possibly}";
    }

    /// <summary><c> (CAMEO 030: Express intent to cooperate)</c> for a coded event (docs/event-data.md); nothing for other relations.</summary>
    private static string Coded(Relation relation) =>
        relation.Attributes.TryGetValue("cameo", out var code)
            ? $" (CAMEO {code}{(relation.Attributes.TryGetValue("cameo-description", out var description) ? ": " + description : string.Empty)})"
            : string.Empty;

    /// <summary>The inference marks of a row's relations, meeting and statement, each once.</summary>
    private static string RowMarks(HistoryEntry e) =>
        string.Concat(e.MarkedElements.Where(m => m.Basis == Basis.Inferred).DistinctBy(m => m.Id).Select(m => InferenceMarks.Suffix(m.Basis, m.Note)));

    /// <summary>Every party with its role and whom it acted for, the first <see cref="PartiesShown"/> by name.</summary>
    private static string Parties(IReadOnlyList<HistoryParty> parties)
    {
        var shown = string.Join(", ", parties.Take(PartiesShown));
        return parties.Count > PartiesShown ? $"{shown} and {parties.Count - PartiesShown:N0} more" : shown;
    }

    /// <summary><c> [Ishaq Dar for Pakistan]</c> when a party acted through an office or membership.</summary>
    private static string Through(HistoryEntry e) => e.Through.Any() ? $" [{string.Join("; ", e.Through)}]" : string.Empty;

    /// <summary>A statement in words: its name, act and whether the words are quoted or reported.</summary>
    public static string Statement(Entity statement) =>
        statement.Statement is { } s
            ? $"{statement.Name} ({StatementQueries.ActText(s.Act)}, {StatementQueries.SpeechText(s.Speech)})"
            : statement.Name;
}
