using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

public class HistoryQueriesTests
{
    private static readonly DiplomaticGraph Graph = MiniDiplomacy.Build();

    private static HashSet<T> Set<T>(params T[] items) => [.. items];

    [Fact]
    public void History_of_two_countries_includes_what_office_holders_government_and_places_did_by_default_month_before_day()
    {
        var rows = Graph.History("pakistan", "afghanistan");

        // 2021/.. first; the 2025-03 visit (earliest March 1) before the 2025-03-22 talks; the embassy in Kabul (a place in
        // Afghanistan) after May 20. The 2023 meeting of the same people is left out: their offices are of 2025.
        Assert.Equal(["ties-denied", "visit", "talks", "trilateral", "embassy"], rows.Select(r => r.Id));
        var talks = rows.Single(r => r.Id == "talks");
        Assert.Equal(("envoy", "minister"), (talks.Party.Id, talks.OtherParty.Id));
        Assert.Equal(["envoy-office", "minister-office"], talks.Via.Select(v => v.Id));
        Assert.Equal(["envoy for pakistan", "minister for afghanistan"], talks.Through);
        Assert.Contains(talks.Citations, c => c.Quote == "the envoy went to the talks");
        Assert.Equal(["govt-governs"], rows.Single(r => r.Id == "visit").Via.Where(v => v.Type == "governs").Select(v => v.Id));
    }

    [Fact]
    public void Direct_history_keeps_only_what_the_two_entities_did_themselves()
    {
        var rows = Graph.History("pakistan", "afghanistan", direct: true);

        Assert.Equal(["ties-denied", "trilateral"], rows.Select(r => r.Id));
        var meeting = rows[1];
        Assert.Equal(HistoryEntryKind.Meeting, meeting.Kind);
        Assert.Equal("attended", meeting.Type);
        Assert.Equal("2025-05-20", meeting.Time.ToString());
        Assert.Equal("participant", meeting.Role);
        Assert.Equal(["pakistan-trilateral", "afghanistan-trilateral"], meeting.Relations.Select(r => r.Id));
        Assert.Equal(("pakistan", "afghanistan"), (meeting.Party.Id, meeting.OtherParty.Id));
        Assert.Empty(meeting.Through);
        Assert.All(meeting.Citations, c => Assert.Equal("A note", c.SourceTitle));
    }

    [Fact]
    public void Rows_built_on_first_read_are_the_same_each_read_and_compared_item_by_item()
    {
        var first = Graph.History("envoy", "minister");
        var second = Graph.History("envoy", "minister");
        var talks = first.Single(r => r.Id == "talks");

        // Read twice: the very same lists (built once); the folded met relation's quote is among the meeting's citations.
        Assert.True(talks.Citations == talks.Citations);
        Assert.True(talks.Parties == talks.Parties);
        Assert.Contains("envoy-met-minister", talks.Relations.Select(r => r.Id));
        Assert.Equal(talks.Citations.Length, talks.Citations.Distinct().Count());
        // Two queries make two arrays for one row, with the same items; equality compares the lists item by item.
        var again = second.Single(r => r.Id == "talks");
        Assert.False(talks.Citations == again.Citations);
        Assert.Equal(talks.Citations.ToArray(), again.Citations.ToArray());
        Assert.Equal(talks, talks with { Citations = [.. talks.Citations] });
        Assert.NotEqual(talks, talks with { Citations = [] });
        Assert.NotEqual(talks, talks with { Parties = talks.Parties.RemoveAt(0) });
    }

    [Fact]
    public void A_copy_of_a_row_is_its_own_and_keeps_what_it_does_not_change()
    {
        var rows = Graph.History("pakistan", "afghanistan");
        var embassy = rows.Single(r => r.Id == "embassy"); // a relation row through a place in Afghanistan

        var renamed = embassy with { Id = "renamed" };

        Assert.Equal("renamed", renamed.Id);
        Assert.Equal((HistoryEntryKind.Relation, embassy.Type, embassy.Time), (renamed.Kind, renamed.Type, renamed.Time));
        Assert.NotEmpty(embassy.Via);
        Assert.Equal(embassy.Via.Select(v => v.Id), renamed.Via.Select(v => v.Id));
        Assert.Equal(embassy.Relations.Select(r => r.Id), renamed.Relations.Select(r => r.Id));
        Assert.Equal(embassy.Parties.Select(p => p.ToString()), renamed.Parties.Select(p => p.ToString()));
        Assert.Null(renamed.Meeting);

        // Copied before any list is read: the copy's lists given are its own, the original builds its own on first read.
        var talks = Graph.History("pakistan", "afghanistan").Single(r => r.Id == "talks");
        var uncited = talks with { Citations = [] };
        Assert.Empty(uncited.Citations);
        Assert.Contains(talks.Citations, c => c.Quote == "the envoy went to the talks");
        Assert.Equal(talks.Relations.Select(r => r.Id), uncited.Relations.Select(r => r.Id));
        Assert.Equal((HistoryEntryKind.Meeting, "talks"), (uncited.Kind, uncited.Meeting?.Id));
    }

    [Fact]
    public void A_met_relation_folds_into_the_first_meeting_row_in_row_order_of_overlapping_time_a_long_one_included()
    {
        // Row order (attendances in time order): late, open, early; by start: open, early, late. The open one ("after") is long.
        var graph = Builder()
            .AddEntity(Entity("a"))
            .AddEntity(Entity("b"))
            .AddEntity(Meeting("late", "2025-06-01"))
            .AddEntity(Meeting("open", "2025-01-01/.."))
            .AddEntity(Meeting("early", "2025-03-01"))
            .AddRelation(Relation("a-late", "attended", "a", "late", "2025-01-05"))
            .AddRelation(Relation("a-open", "attended", "a", "open", "2025-01-10"))
            .AddRelation(Relation("a-early", "attended", "a", "early", "2025-02-01"))
            .AddRelation(Relation("b-late", "attended", "b", "late", "2025-06-01"))
            .AddRelation(Relation("b-open", "attended", "b", "open", "2025-06-01"))
            .AddRelation(Relation("b-early", "attended", "b", "early", "2025-03-01"))
            .AddRelation(Relation("met-in-2025", "met", "a", "b", "2025"))
            .AddRelation(Relation("met-in-march", "met", "b", "a", "2025-03-01"))
            .Build();

        var rows = graph.Timeline("a", direct: true);

        Assert.Equal(["open", "early", "late"], rows.Select(r => r.Id));
        Assert.Equal(["a-late", "met-in-2025"], rows.Single(r => r.Id == "late").Relations.Select(r => r.Id));
        Assert.Equal(["a-open", "met-in-march"], rows.Single(r => r.Id == "open").Relations.Select(r => r.Id));
        Assert.Equal(["a-early"], rows.Single(r => r.Id == "early").Relations.Select(r => r.Id));
    }

    [Fact]
    public void A_met_relation_reporting_a_meeting_both_attended_is_folded_into_the_meeting_row()
    {
        var rows = Graph.History("envoy", "minister");

        Assert.Equal(["old-meeting", "talks"], rows.Select(r => r.Id));
        var talks = rows[1];
        Assert.Contains("envoy-met-minister", talks.Relations.Select(r => r.Id));
        Assert.Equal("host", Graph.History("minister", "envoy").Single(r => r.Id == "talks").Role);
        Assert.DoesNotContain(Graph.Timeline("envoy"), r => r.Id == "envoy-met-minister");
    }

    [Fact]
    public void A_meeting_row_lists_every_attendee_with_role_and_whom_each_acted_for()
    {
        var graph = Builder()
            .AddEntity(Entity("a-land", EntityKind.Country)).AddEntity(Entity("b-land", EntityKind.Country))
            .AddEntity(Entity("amb")).AddEntity(Entity("host")).AddEntity(Entity("observer"))
            .AddEntity(Meeting("summit", "2025-04-02"))
            .AddRelation(Relation("amb-of-a", "holds-office", "amb", "a-land", "2025", role: "Ambassador"))
            .AddRelation(Relation("host-at", "attended", "host", "summit", "2025-04-02", role: "host"))
            .AddRelation(Relation("amb-at", "attended", "amb", "summit", "2025-04-02", role: "guest"))
            .AddRelation(Relation("b-at", "attended", "b-land", "summit", "2025-04-02"))
            .AddRelation(Relation("observer-at", "attended", "observer", "summit", "2025-04-02", role: "observer"))
            .Build();

        var row = Assert.Single(graph.History("a-land", "b-land"));

        Assert.Equal(["host", "amb", "b-land", "observer"], row.Parties.Select(p => p.Entity.Id));
        Assert.Equal(["host (host)", "amb (guest; for a land)", "b land", "observer (observer)"], row.Parties.Select(p => p.ToString()));
        Assert.Equal(["amb-of-a"], row.Parties[1].Via.Select(v => v.Id));
        Assert.Equal(["amb-at", "b-at"], row.Relations.Select(r => r.Id));
    }

    [Fact]
    public void Undated_rows_come_last_and_open_starts_sort_by_their_last_possible_day()
    {
        var graph = Builder()
            .AddEntity(Entity("a")).AddEntity(Entity("b"))
            .AddRelation(Relation("later", "briefed", "a", "b", "after 2025-05-20"))
            .AddRelation(Relation("day", "briefed", "a", "b", "2025-05-20"))
            .AddRelation(Relation("unknown", "briefed", "a", "b", "unknown"))
            .AddRelation(Relation("before", "briefed", "a", "b", "before 2025-05-10"))
            .AddRelation(Relation("month", "briefed", "a", "b", "2025-05"))
            .Build();

        Assert.Equal(["month", "before", "day", "later", "unknown"], graph.History("a", "b").Select(r => r.Id));
    }

    [Fact]
    public void A_timeline_merges_its_rows_in_order_whatever_order_they_come_in()
    {
        // The entity's relations come by earliest day (unknown and open starts first); meeting rows come after them.
        var graph = Builder()
            .AddEntity(Entity("a")).AddEntity(Entity("b")).AddEntity(Meeting("summit", "2025-05-15")).AddEntity(Meeting("early", "2025-01-02"))
            .AddRelation(Relation("later", "briefed", "a", "b", "after 2025-05-20"))
            .AddRelation(Relation("day", "briefed", "a", "b", "2025-05-20"))
            .AddRelation(Relation("unknown", "briefed", "b", "a", "unknown"))
            .AddRelation(Relation("a-summit", "attended", "a", "summit", "2025-05-15"))
            .AddRelation(Relation("before", "briefed", "a", "b", "before 2025-05-10"))
            .AddRelation(Relation("month", "briefed", "b", "a", "2025-05"))
            .AddRelation(Relation("a-early", "attended", "a", "early", "2025-01-02"))
            .Build();

        Assert.Equal(["early", "month", "before", "summit", "day", "later", "unknown"], graph.Timeline("a", direct: true).Select(r => r.Id));
    }

    [Fact]
    public void Rows_only_possibly_in_the_window_are_marked_and_certainly_keeps_only_the_others()
    {
        var march = DateRange.Parse("2025-03");

        var possibly = Graph.History("pakistan", "afghanistan", new QueryFilter { Window = march });
        var certainly = Graph.History("pakistan", "afghanistan", new QueryFilter { Window = march, WindowMatch = WindowMatch.Certainly });

        Assert.Equal(["ties-denied", "visit", "talks"], possibly.Select(r => r.Id));
        Assert.Equal([WindowMatch.Possibly, WindowMatch.Certainly, WindowMatch.Certainly], possibly.Select(r => r.InWindow));
        Assert.Equal(["visit", "talks"], certainly.Select(r => r.Id));
        Assert.Empty(Graph.History("pakistan", "afghanistan", new QueryFilter { Window = DateRange.Parse("2020") }));
        Assert.All(Graph.History("pakistan", "afghanistan"), r => Assert.Equal(WindowMatch.Certainly, r.InWindow));
    }

    [Fact]
    public void History_filters_by_type_assertion_kind_of_member_and_direction()
    {
        IEnumerable<string> Ids(QueryFilter filter, string a = "pakistan", string b = "afghanistan") => Graph.History(a, b, filter).Select(r => r.Id);

        Assert.Equal(["visit", "talks", "trilateral"], Ids(new QueryFilter { OnlyTypes = Set("attended") }));
        Assert.Equal(["ties-denied"], Ids(new QueryFilter { Assertions = Set(Assertion.Denied) }));
        Assert.Equal(["visit", "talks", "trilateral", "embassy"], Ids(new QueryFilter { Assertions = Set(Assertion.Stated) }));
        Assert.Equal(["ties-denied", "visit", "talks", "trilateral"], Ids(new QueryFilter { AvoidKinds = Set(EntityKind.Place) }));
        Assert.Equal(["ties-denied", "talks", "trilateral"], Ids(new QueryFilter { ThroughKinds = Set(EntityKind.Person) }));
        Assert.Equal(["visit", "talks", "trilateral"], Ids(new QueryFilter { Directed = true }, "afghanistan", "pakistan"));
    }

    [Fact]
    public void A_meeting_of_ten_thousand_attendees_is_one_row_of_the_history_of_two_of_them_listing_every_attendee()
    {
        var builder = Builder().AddEntity(Meeting("hub", "2025-03-22"));
        for (var i = 0; i < 10_000; i++)
        {
            builder.AddEntity(Entity($"p{i}")).AddRelation(Relation($"a{i}", "attended", $"p{i}", "hub", "2025-03-22"));
        }

        var graph = builder.Build();

        var row = Assert.Single(graph.History("p17", "p9001"));
        Assert.Equal("hub", row.Id);
        Assert.Equal(10_000, row.Parties.Length);
        Assert.Equal(["a17", "a9001"], row.Relations.Select(r => r.Id));
        Assert.Equal(("p17", "p9001"), (row.Party.Id, row.OtherParty.Id));
        Assert.Empty(graph.History("p17", "p17"));
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

        Assert.Equal(["old-meeting", "envoy-office", "talks", "envoy-briefed-fm"], rows.Select(r => r.Id));
        Assert.Equal(HistoryEntryKind.Meeting, rows[2].Kind);
        Assert.Equal("guest", rows[2].Role);
        Assert.Equal("talks", rows[2].Meeting!.Id);
        Assert.Equal(["envoy", "minister"], rows[2].Parties.Select(p => p.Entity.Id));
        Assert.Equal("fm", rows[3].OtherParty.Id);
        Assert.Equal(["envoy-office", "talks"], Graph.Timeline("envoy", new QueryFilter { Window = DateRange.Parse("2025-03-22") }).Select(r => r.Id));
    }

    [Fact]
    public void Timeline_of_a_country_includes_its_office_holders_unless_direct()
    {
        Assert.Equal(
            ["ties-denied", "envoy-office", "fm-office", "visit", "talks", "envoy-briefed-fm", "trilateral", "embassy"],
            Graph.Timeline("pakistan").Select(r => r.Id));
        Assert.Equal(["ties-denied", "envoy-office", "fm-office", "trilateral", "embassy"], Graph.Timeline("pakistan", direct: true).Select(r => r.Id));
        Assert.Equal(["envoy for pakistan", "fm for pakistan"], Graph.Timeline("pakistan").Single(r => r.Id == "envoy-briefed-fm").Through);
    }

    [Fact]
    public void Timeline_filters_by_type_assertion_kind_and_direction()
    {
        IEnumerable<string> Ids(QueryFilter filter) => Graph.Timeline("pakistan", filter).Select(r => r.Id);

        Assert.Equal(["visit", "talks", "trilateral"], Ids(new QueryFilter { OnlyTypes = Set("attended") }));
        Assert.Equal(["ties-denied"], Ids(new QueryFilter { Assertions = Set(Assertion.Denied) }));
        Assert.Equal(["ties-denied", "envoy-office", "fm-office", "trilateral", "embassy"], Ids(new QueryFilter { AvoidKinds = Set(EntityKind.Person) }));
        Assert.Equal(["ties-denied", "envoy-office", "fm-office", "trilateral", "embassy"], Ids(new QueryFilter { ThroughKinds = Set(EntityKind.Organization) }));
        Assert.Equal(["visit", "talks"], Ids(new QueryFilter { Window = DateRange.Parse("2025-03"), WindowMatch = WindowMatch.Certainly }));
        Assert.DoesNotContain("envoy-office", Graph.Timeline("pakistan", new QueryFilter { Directed = true }, direct: true).Select(r => r.Id));
    }
}
