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
    public static string Mark(Relation relation) => Notebooks.Marks.Suffix(relation.Basis, relation.Note);

    /// <summary>The inference mark of an entity, or nothing for a stated one.</summary>
    public static string Mark(Entity entity) => Notebooks.Marks.Suffix(entity.Basis, entity.Note);

    /// <summary><c> as ROLE</c>, or nothing.</summary>
    public static string Role(string? role) => role is null ? string.Empty : $" as {role}";

    /// <summary>The <c> [denied by Ishaq Dar]</c> mark for anything not plainly stated; empty for stated facts.</summary>
    public static string Assertion(DiplomaticGraph? graph, Assertion assertion, string? claimedBy) =>
        assertion == Model.Assertion.Stated ? string.Empty
            : $" [{assertion.ToString().ToLowerInvariant()}{(claimedBy is null ? string.Empty : " by " + Name(graph, claimedBy))}]";

    /// <summary>Through whom a party took part: <c>via Muhammad Sadiq —holds-office→ Pakistan</c>.</summary>
    public static string Via(DiplomaticGraph? graph, IEnumerable<Relation> via)
    {
        var hops = via.Select(v => $"{Name(graph, v.From)} {Arrow(v.Type, true)} {Name(graph, v.To)}").ToList();
        return hops.Count == 0 ? string.Empty : $" (via {string.Join("; ", hops)})";
    }

    /// <summary>A history or timeline row as a sentence, names only.</summary>
    public static string Entry(DiplomaticGraph? graph, HistoryEntry e)
    {
        var role = e.Role is null ? string.Empty : $" ({e.Role})";
        var what = e.Kind switch
        {
            HistoryEntryKind.Meeting => e.OtherParty.Id == e.Meeting!.Id
                ? $"{e.Meeting.Name}: {e.Party.Name}{role}"
                : $"{e.Meeting.Name}: {e.Party.Name}{role} with {e.OtherParty.Name}",
            HistoryEntryKind.Statement => $"{e.Party.Name}{role} {(e.Type == "about" ? "is the subject of" : e.Type)}: {Statement(e.OtherParty)}"
                + (e.Meeting is { } at ? $", at {at.Name}" : string.Empty),
            _ => $"{e.Party.Name} {Arrow(e.Type, e.Relations.IsEmpty || e.Relations[0].From == e.Party.Id)} {e.OtherParty.Name}{role}",
        };
        var mark = e.Relations.IsEmpty ? string.Empty : Mark(e.Relations[0]);
        return $"{what}{Assertion(graph, e.Assertion, e.ClaimedBy)}{mark}{Via(graph, e.Via)}";
    }

    /// <summary>A statement in words: its name, act and whether the words are quoted or reported.</summary>
    public static string Statement(Entity statement) =>
        statement.Statement is { } s
            ? $"{statement.Name} ({StatementQueries.ActText(s.Act)}, {StatementQueries.SpeechText(s.Speech)})"
            : statement.Name;
}
