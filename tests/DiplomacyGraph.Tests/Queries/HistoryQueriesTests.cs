using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

public class HistoryQueriesTests
{
    private static readonly DiplomaticGraph Graph = MiniDiplomacy.Build();

    [Fact]
    public void History_of_two_countries_lists_their_relations_and_the_meetings_both_attended_in_time_order()
    {
        var rows = Graph.History("pakistan", "afghanistan");

        Assert.Equal(["ties-denied", "trilateral"], rows.Select(r => r.Id));
        var meeting = rows[1];
        Assert.Equal(HistoryEntryKind.Meeting, meeting.Kind);
        Assert.Equal("attended", meeting.Type);
        Assert.Equal("2025-05-20", meeting.Time.ToString());
        Assert.Equal("participant", meeting.Role);
        Assert.Equal(["pakistan-trilateral", "afghanistan-trilateral"], meeting.Relations.Select(r => r.Id));
        Assert.Equal(("pakistan", "afghanistan"), (meeting.Party.Id, meeting.OtherParty.Id));
        Assert.All(meeting.Citations, c => Assert.Equal("A note", c.SourceTitle));
    }

    [Fact]
    public void Via_members_adds_what_office_holders_government_and_places_did_in_office_ordered_month_before_day()
    {
        var rows = Graph.History("pakistan", "afghanistan", viaMembers: true);

        // 2021/.. first; the 2025-03 visit (earliest March 1) before the 2025-03-22 rows; at the same day the relation row
        // comes before the meeting row; the embassy in Kabul (a place in Afghanistan) after May 20. The 2023 meeting of the
        // same people is left out: their offices are of 2025.
        Assert.Equal(["ties-denied", "visit", "envoy-met-minister", "talks", "trilateral", "embassy"], rows.Select(r => r.Id));
        var talks = rows.Single(r => r.Id == "talks");
        Assert.Equal(("envoy", "minister"), (talks.Party.Id, talks.OtherParty.Id));
        Assert.Equal(["envoy-office", "minister-office"], talks.Via.Select(v => v.Id));
        Assert.Contains(talks.Citations, c => c.Quote == "the envoy went to the talks");
        Assert.Equal(["govt-governs"], rows.Single(r => r.Id == "visit").Via.Where(v => v.Type == "governs").Select(v => v.Id));
    }

    [Fact]
    public void History_filters_by_window_and_type()
    {
        var march = DateRange.Parse("2025-03");

        Assert.Equal(["ties-denied", "visit", "envoy-met-minister", "talks"], Graph.History("pakistan", "afghanistan", march, viaMembers: true).Select(r => r.Id));
        Assert.Equal(["visit", "talks", "trilateral"], Graph.History("pakistan", "afghanistan", types: ["attended"], viaMembers: true).Select(r => r.Id));
        Assert.Empty(Graph.History("pakistan", "afghanistan", DateRange.Parse("2020"), viaMembers: true));
    }

    [Fact]
    public void History_of_people_includes_their_shared_meeting_and_direct_relation()
    {
        var rows = Graph.History("envoy", "minister");

        Assert.Equal(["old-meeting", "envoy-met-minister", "talks"], rows.Select(r => r.Id));
        Assert.Equal("host", Graph.History("minister", "envoy").Single(r => r.Id == "talks").Role);
    }

    [Fact]
    public void History_of_an_unknown_id_throws()
    {
        Assert.Throws<EntityResolutionException>(() => Graph.History("pakistan", "atlantis"));
    }

    [Fact]
    public void Timeline_lists_everything_an_entity_took_part_in_with_meetings_as_meeting_rows()
    {
        var rows = Graph.Timeline("envoy");

        Assert.Equal(["old-meeting", "envoy-office", "talks", "envoy-met-minister", "envoy-briefed-fm"], rows.Select(r => r.Id));
        Assert.Equal(HistoryEntryKind.Meeting, rows[2].Kind);
        Assert.Equal("guest", rows[2].Role);
        Assert.Equal("talks", rows[2].Meeting!.Id);
        Assert.Equal("fm", rows[4].OtherParty.Id);
        Assert.Equal(["envoy-office", "talks", "envoy-met-minister"], Graph.Timeline("envoy", DateRange.Parse("2025-03-22")).Select(r => r.Id));
    }

    [Fact]
    public void Unknown_times_sort_first_and_open_starts_sort_by_their_first_possible_day()
    {
        var graph = Builder()
            .AddEntity(Entity("a")).AddEntity(Entity("b"))
            .AddRelation(Relation("later", "met", "a", "b", "after 2025-05-20"))
            .AddRelation(Relation("day", "met", "a", "b", "2025-05-20"))
            .AddRelation(Relation("unknown", "met", "a", "b", "unknown"))
            .AddRelation(Relation("month", "met", "a", "b", "2025-05"))
            .Build();

        Assert.Equal(["unknown", "month", "day", "later"], graph.History("a", "b").Select(r => r.Id));
    }
}
