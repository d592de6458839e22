using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>
/// <c>HistoryQueries.SharedMeetings</c> on its own: the meetings attended by someone of each side (two different entities,
/// each able to act for its side at the meeting's time), one row per meeting, whichever side is scanned and whichever
/// lookup (binary search or a set of the other side's meetings) it picks.
/// </summary>
public sealed class SharedMeetingsTests
{
    private static readonly DiplomaticGraph Graph = Builder()
        .AddEntity(Entity("pakistan", EntityKind.Country))
        .AddEntity(Entity("afghanistan", EntityKind.Country))
        .AddEntity(Entity("dar"))
        .AddEntity(Entity("sadiq"))
        .AddEntity(Entity("former-envoy"))
        .AddEntity(Entity("muttaqi"))
        .AddEntity(Entity("go-between"))
        .AddEntity(Meeting("talks", "2025-04-19"))
        .AddEntity(Meeting("summit", "2025-05-20"))
        .AddEntity(Meeting("old-channel", "2025-06-01"))
        .AddEntity(Meeting("lunch", "2025-07-01"))
        .AddEntity(Meeting("solo", "2025-08-01"))
        .AddEntity(Meeting("conference", "2025-09-01"))
        .AddEntity(Meeting("shuttle", "2025-10-01"))
        .AddRelation(Relation("dar-fm", "holds-office", "dar", "pakistan", "2025", role: "Foreign Minister"))
        .AddRelation(Relation("sadiq-envoy", "holds-office", "sadiq", "pakistan", "2025", role: "Envoy"))
        .AddRelation(Relation("envoy-then", "holds-office", "former-envoy", "pakistan", "2010/2012", role: "Envoy"))
        .AddRelation(Relation("muttaqi-fm", "holds-office", "muttaqi", "afghanistan", "2025", role: "Foreign Minister"))
        .AddRelation(Relation("go-between-pk", "member-of", "go-between", "pakistan", "2025"))
        .AddRelation(Relation("go-between-af", "member-of", "go-between", "afghanistan", "2025"))
        // Both ministers, Dar twice (as guest and as speaker): one row.
        .AddRelation(Relation("dar-talks", "attended", "dar", "talks", "2025-04-19", role: "guest"))
        .AddRelation(Relation("dar-talks-speaker", "attended", "dar", "talks", "2025-04-19", role: "speaker"))
        .AddRelation(Relation("muttaqi-talks", "attended", "muttaqi", "talks", "2025-04-19"))
        // Two of Pakistan's side only: no row.
        .AddRelation(Relation("dar-summit", "attended", "dar", "summit", "2025-05-20"))
        .AddRelation(Relation("sadiq-summit", "attended", "sadiq", "summit", "2025-05-20"))
        // An envoy out of office by then: he does not act for Pakistan, so no row.
        .AddRelation(Relation("envoy-old-channel", "attended", "former-envoy", "old-channel", "2025-06-01"))
        .AddRelation(Relation("muttaqi-old-channel", "attended", "muttaqi", "old-channel", "2025-06-01"))
        // Pakistan's envoy and Afghanistan's minister: a row through a member.
        .AddRelation(Relation("sadiq-lunch", "attended", "sadiq", "lunch", "2025-07-01"))
        .AddRelation(Relation("muttaqi-lunch", "attended", "muttaqi", "lunch", "2025-07-01"))
        .AddRelation(Relation("muttaqi-solo", "attended", "muttaqi", "solo", "2025-08-01"))
        // The two countries themselves: a row with or without members.
        .AddRelation(Relation("pakistan-conference", "attended", "pakistan", "conference", "2025-09-01"))
        .AddRelation(Relation("afghanistan-conference", "attended", "afghanistan", "conference", "2025-09-01"))
        // One entity on both sides, alone: not a meeting between them.
        .AddRelation(Relation("go-between-shuttle", "attended", "go-between", "shuttle", "2025-10-01"))
        .Build();

    private static List<HistoryEntry> Shared(DiplomaticGraph graph, string a, string b, bool direct = false) =>
        HistoryQueries.SharedMeetings(graph, Side(graph, a, direct), Side(graph, b, direct));

    private static HistorySide Side(DiplomaticGraph graph, string id, bool direct) => new(graph, graph.GetEntity(id), !direct, QueryFilter.Default);

    [Fact]
    public void Two_entities_alone_share_the_meetings_both_attended_once_each_with_every_attendance()
    {
        var row = Assert.Single(Shared(Graph, "dar", "muttaqi", direct: true));

        Assert.Equal("talks", row.Meeting!.Id);
        Assert.Equal(HistoryEntryKind.Meeting, row.Kind);
        Assert.Equal(("dar", "muttaqi"), (row.Party.Id, row.OtherParty.Id));
        Assert.Equal(["dar-talks", "dar-talks-speaker", "muttaqi-talks"], row.Relations.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Directly_two_countries_share_only_the_meetings_they_attended_themselves()
    {
        var row = Assert.Single(Shared(Graph, "pakistan", "afghanistan", direct: true));

        Assert.Equal("conference", row.Meeting!.Id);
    }

    [Fact]
    public void Through_members_a_meeting_counts_when_someone_in_office_for_each_side_attended_and_no_other()
    {
        var rows = Shared(Graph, "pakistan", "afghanistan");

        Assert.Equal(["conference", "lunch", "talks"], rows.Select(r => r.Meeting!.Id).Order(StringComparer.Ordinal));
        var lunch = rows.Single(r => r.Meeting!.Id == "lunch");
        Assert.Equal(("sadiq", "muttaqi"), (lunch.Party.Id, lunch.OtherParty.Id));
        Assert.Contains(lunch.Parties, p => p.Entity.Id == "sadiq" && p.ActsFor?.Id == "pakistan");
        Assert.Contains(lunch.Parties, p => p.Entity.Id == "muttaqi" && p.ActsFor?.Id == "afghanistan");
    }

    [Fact]
    public void Either_side_first_gives_the_same_meetings_with_the_parties_swapped()
    {
        var forward = Shared(Graph, "pakistan", "afghanistan");
        var backward = Shared(Graph, "afghanistan", "pakistan");

        Assert.Equal(
            forward.Select(r => (r.Meeting!.Id, r.Party.Id, r.OtherParty.Id)).Order(),
            backward.Select(r => (r.Meeting!.Id, r.OtherParty.Id, r.Party.Id)).Order());
    }

    [Fact]
    public void A_crowd_on_one_side_against_one_busy_attendee_finds_every_shared_meeting()
    {
        // Three members of a side each at one meeting, the other side's one member at all three and two more: the
        // scanned side's candidates times the other side's members pass its attendances, so a set of them is probed.
        var builder = Builder()
            .AddEntity(Entity("side", EntityKind.Organization))
            .AddEntity(Entity("busy"));
        foreach (var i in Enumerable.Range(1, 5))
        {
            builder.AddEntity(Meeting($"m{i}", $"2025-0{i}-01"))
                .AddRelation(Relation($"busy-m{i}", "attended", "busy", $"m{i}", $"2025-0{i}-01"));
        }

        foreach (var i in Enumerable.Range(1, 3))
        {
            builder.AddEntity(Entity($"member{i}"))
                .AddRelation(Relation($"member{i}-of-side", "member-of", $"member{i}", "side", "2025"))
                .AddRelation(Relation($"member{i}-m{i}", "attended", $"member{i}", $"m{i}", $"2025-0{i}-01"));
        }

        var graph = builder.Build();

        Assert.Equal(["m1", "m2", "m3"], Shared(graph, "side", "busy").Select(r => r.Meeting!.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["m1", "m2", "m3"], Shared(graph, "busy", "side").Select(r => r.Meeting!.Id).Order(StringComparer.Ordinal));
    }
}
