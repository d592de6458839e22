using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests;

/// <summary>Small hand-built graphs for behaviour tests.</summary>
internal static class TestGraphs
{
    public const string Source = "note";

    public static Citation Cite(string quote = "a quote") => new QuoteCitation(Source, quote);

    public static Entity Entity(string id, EntityKind kind = EntityKind.Person, params string[] aliases) =>
        new() { Id = id, Kind = kind, Name = id.Replace('-', ' '), Aliases = [.. aliases] };

    public static Entity Meeting(string id, string time, MeetingStatus status = MeetingStatus.Held) => new()
    {
        Id = id, Kind = EntityKind.Meeting, Name = id, Citations = [Cite()],
        Meeting = new MeetingDetails { Time = DateRange.Parse(time), Statuses = [new StatusReport { Status = status }] },
    };

    public static Relation Relation(
        string id, string type, string from, string to, string time = "2025",
        string? role = null, Assertion assertion = Assertion.Stated, string? claimedBy = null, Citation[]? citations = null) => new()
    {
        Id = id, Type = type, From = from, To = to, Time = DateRange.Parse(time), Role = role, Assertion = assertion, ClaimedBy = claimedBy,
        Citations = citations is null ? [Cite()] : [.. citations],
    };

    public static GraphBuilder Builder() => new GraphBuilder().AddSource(new Source { Id = Source, Title = "A note" });
}
