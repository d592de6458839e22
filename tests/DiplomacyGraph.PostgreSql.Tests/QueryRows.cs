using DiplomacyGraph.Queries;
using DiplomacyGraph.Tests;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>A history row as one line of every field, so two lists compare field by field and a difference shows.</summary>
internal static class QueryRows
{
    public static string Describe(HistoryEntry e) => string.Join(" | ",
        e.Kind, e.Id, e.Time, e.Type, e.Role ?? "-", e.Assertion, e.ClaimedBy ?? "-",
        GraphAssert.Describe(e.Party), GraphAssert.Describe(e.OtherParty), e.Meeting is null ? "-" : GraphAssert.Describe(e.Meeting),
        string.Join(";", e.Relations.Select(GraphAssert.Describe)), string.Join(";", e.Via.Select(GraphAssert.Describe)),
        string.Join(";", e.Citations.Select(c => $"{c.SourceId}:{c.SourceTitle}:{c.Quote}")));

    public static string Describe(OfficeHolder h) => $"{GraphAssert.Describe(h.Holder)} || {GraphAssert.Describe(h.Office)}";
}
