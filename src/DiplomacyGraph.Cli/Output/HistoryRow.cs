using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>A history or timeline entry in JSON output (docs/cli-json.md); <c>time</c> is the date as written.</summary>
internal sealed record HistoryRow(
    HistoryEntryKind Kind, string Id, string Time, WindowMatch InWindow, string Type, string? Role, Assertion Assertion, string? ClaimedBy,
    EntityRow Party, EntityRow OtherParty, EntityRow? Meeting, EntityRow? Statement, StatementAct? Act, SpeechMode? Speech,
    IReadOnlyList<PartyRow> Parties, IReadOnlyList<string> Relations, IReadOnlyList<string> Via, IReadOnlyList<CitationRow> Citations,
    IReadOnlyList<MarkRow>? Marks = null)
{
    public static HistoryRow Of(HistoryEntry e) => new(
        e.Kind, e.Id, e.Time.ToString(), e.InWindow, e.Type, e.Role, e.Assertion, e.ClaimedBy, EntityRow.Of(e.Party), EntityRow.Of(e.OtherParty),
        e.Meeting is null ? null : EntityRow.Of(e.Meeting), e.Statement is null ? null : EntityRow.Of(e.Statement), e.Statement?.Statement?.Act, e.Statement?.Statement?.Speech,
        [.. e.Parties.Select(PartyRow.Of)], [.. e.Relations.Select(r => r.Id)], [.. e.Via.Select(r => r.Id)], [.. e.Citations.Select(CitationRow.Of)],
        MarkRow.Of(e.MarkedElements));
}

/// <summary>One party of a history row: who, in what role, and for which queried entity through which relations.</summary>
internal sealed record PartyRow(EntityRow Entity, string? Role, Assertion Assertion, EntityRow? ActsFor, IReadOnlyList<string> Via)
{
    public static PartyRow Of(HistoryParty p) =>
        new(EntityRow.Of(p.Entity), p.Role, p.Assertion, p.ActsFor is null ? null : EntityRow.Of(p.ActsFor), [.. p.Via.Select(r => r.Id)]);
}
