using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>A history or timeline entry in JSON output (docs/cli-json.md); <c>time</c> is the date as written.</summary>
internal sealed record HistoryRow(
    HistoryEntryKind Kind, string Id, string Time, string Type, string? Role, Assertion Assertion, string? ClaimedBy,
    EntityRow Party, EntityRow OtherParty, EntityRow? Meeting, IReadOnlyList<string> Relations, IReadOnlyList<string> Via, IReadOnlyList<CitationRow> Citations)
{
    public static HistoryRow Of(HistoryEntry e) => new(
        e.Kind, e.Id, e.Time.ToString(), e.Type, e.Role, e.Assertion, e.ClaimedBy, EntityRow.Of(e.Party), EntityRow.Of(e.OtherParty),
        e.Meeting is null ? null : EntityRow.Of(e.Meeting), [.. e.Relations.Select(r => r.Id)], [.. e.Via.Select(r => r.Id)], [.. e.Citations.Select(CitationRow.Of)]);
}
