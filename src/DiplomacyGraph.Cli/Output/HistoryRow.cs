using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>A history or timeline entry in JSON output (docs/cli-json.md); <c>time</c> is the date as written.</summary>
internal sealed record HistoryRow(
    HistoryEntryKind Kind, string Id, string Time, string Type, string? Role, Assertion Assertion, string? ClaimedBy,
    EntityRow Party, EntityRow OtherParty, EntityRow? Meeting, IReadOnlyList<string> Relations, IReadOnlyList<string> Via, IReadOnlyList<CitationRow> Citations,
    StatementRow? Statement = null, IReadOnlyList<MarkRow>? Marks = null)
{
    public static HistoryRow Of(HistoryEntry e, DiplomaticGraph graph) => new(
        e.Kind, e.Id, e.Time.ToString(), e.Type, e.Role, e.Assertion, e.ClaimedBy, EntityRow.Of(e.Party), EntityRow.Of(e.OtherParty),
        e.Meeting is null ? null : EntityRow.Of(e.Meeting), [.. e.Relations.Select(r => r.Id)], [.. e.Via.Select(r => r.Id)], [.. e.Citations.Select(CitationRow.Of)],
        e.Kind == HistoryEntryKind.Statement ? StatementRow.Of(graph.StatementFacts(e.Id)) : null,
        MarkRow.Of(MarkedElements(e)));

    /// <summary>The elements a row shows: its relations, the meeting, the statement (the other party of a statement row), the via relations.</summary>
    internal static IEnumerable<(string Id, Basis Basis, string? Note)> MarkedElements(HistoryEntry e) =>
        e.Relations.Concat(e.Via).Select(r => (r.Id, r.Basis, r.Note))
            .Concat(new[] { e.Meeting, e.Kind == HistoryEntryKind.Statement ? e.OtherParty : null }.OfType<Entity>().Select(m => (m.Id, m.Basis, m.Note)));
}
