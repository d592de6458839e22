using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>The questions of issue 5, asked of the curated dataset.</summary>
public class SeedsQueriesTests
{
    private static readonly DiplomaticGraph Seeds = DiplomacyGraph.Seeds.Load();

    [Fact]
    public void Pakistan_Afghanistan_history_lists_the_2025_meetings_in_order_each_with_a_quote()
    {
        // Statements are rows of their own (several undated); this test is about the relations and meetings.
        var rows = Seeds.History("pakistan", "afghanistan").Where(r => r.Kind != HistoryEntryKind.Statement).ToList();

        var ids = rows.Select(r => r.Id).ToList();
        int At(string id) => ids.IndexOf(id) is >= 0 and var i ? i : throw new Xunit.Sdk.XunitException($"{id} is not in the history: {string.Join(", ", ids)}");
        Assert.True(At("sadiq-muttaqi-meeting-2025-03-22") < At("dar-kabul-visit-2025-04-19"));
        Assert.True(At("dar-kabul-visit-2025-04-19") < At("beijing-trilateral-2025-05-20"));
        Assert.All(rows, r => Assert.NotEmpty(r.Citations));
        var sadiq = rows[At("sadiq-muttaqi-meeting-2025-03-22")];
        Assert.Equal(("muhammad-sadiq", "amir-khan-muttaqi"), (sadiq.Party.Id, sadiq.OtherParty.Id));
        Assert.Contains(sadiq.Citations, c => c.Quote!.Contains("on March 22", StringComparison.Ordinal));
        Assert.Equal("taliban", rows[At("dar-kabul-visit-2025-04-19")].OtherParty.Id);
    }

    [Fact]
    public void The_history_ends_with_the_embassy_upgrades_in_both_directions_after_Beijing_each_quoted()
    {
        // Statements are rows of their own (several undated); this test is about the relations and meetings.
        var rows = Seeds.History("pakistan", "afghanistan").Where(r => r.Kind != HistoryEntryKind.Statement).ToList();

        var ids = rows.Select(r => r.Id).ToList();
        var beijing = ids.IndexOf("beijing-trilateral-2025-05-20");
        Assert.True(beijing >= 0);
        // Then only the undated denial that Pakistan recognizes the Taliban: undated rows come last.
        var dated = rows.FindLastIndex(r => !r.Time.IsUnknown);
        Assert.Equal(["pakistan-embassy-in-kabul", "taliban-embassy-in-islamabad"], ids[(beijing + 1)..(dated + 1)].Order(StringComparer.Ordinal));
        Assert.Contains("pakistan-does-not-recognize-taliban", ids[(dated + 1)..]);
        Assert.All(rows[(dated + 1)..], r => Assert.True(r.Time.IsUnknown));
        Assert.Contains(rows[ids.IndexOf("pakistan-embassy-in-kabul")].Citations, c => c.Quote == "reciprocated by Pakistan’s similar move in Kabul");
    }

    [Fact]
    public void A_message_could_travel_from_Muttaqi_to_Dar_through_Sadiq()
    {
        foreach (var mode in new[] { TimeOrderMode.Lenient, TimeOrderMode.Strict })
        {
            var route = Seeds.EarliestArrival("amir-khan-muttaqi", "ishaq-dar", new DateOnly(2025, 1, 1), mode);

            Assert.NotNull(route);
            Assert.Contains("muhammad-sadiq", route.Path.Entities.Select(e => e.Id));
            Assert.Equal(new DateOnly(2025, 3, 23), route.EarliestArrival);
        }
    }

    [Fact]
    public void Baloch_is_connected_to_Muttaqi()
    {
        var path = Seeds.ShortestPath(Seeds.Resolve("baloch").Id, Seeds.Resolve("muttaqi").Id);

        Assert.NotNull(path);
        Assert.All(path.Hops, h => Assert.False(string.IsNullOrEmpty(h.FirstCitation.Quote)));
    }

    [Fact]
    public void Contradictions_include_the_Kuala_Lumpur_statement_against_the_visits_and_the_TTP_allegation_against_its_rejection()
    {
        var found = Seeds.Contradictions();

        var ttp = Assert.Single(found, c => c.Kind == ContradictionKind.AllegedVersusDenied && c.First.RelationOf().Id == "ttp-operates-from-afghanistan-alleged");
        Assert.Equal("ttp-operates-from-afghanistan-denied", ttp.Second.RelationOf().Id);
        Assert.Contains(ttp.Second.Citations, c => c.Quote!.StartsWith("Taliban have rejected those claims", StringComparison.Ordinal));

        var ties = found.Where(c => c.Kind == ContradictionKind.NoInteractionVersusMeeting).ToList();
        Assert.All(ties, c => Assert.Equal("pakistan-afghanistan-ties-not-restored", c.Second.RelationOf().Id));
        Assert.Contains(ties[0].Second.Citations, c => c.Quote!.Contains("no official interaction between the two governments", StringComparison.Ordinal));
        string[] visits = ["sadiq-muttaqi-meeting-2025-03-22", "dar-kabul-visit-2025-04-19", "beijing-trilateral-2025-05-20"];
        Assert.Equal(visits, ties.Select(c => c.First.MeetingOf().Id).Where(visits.Contains));
    }

    [Fact]
    public void The_Foreign_Office_spokesperson_after_Sadiqs_visit_is_Shafqat_Ali_Khan_and_Baloch_is_undated()
    {
        var holders = Seeds.OfficeHolders("pakistan-foreign-office", "Spokesperson", new DateOnly(2025, 4, 1));

        Assert.Equal(["mumtaz-zahra-baloch", "shafqat-ali-khan"], holders.Select(h => h.Holder.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["mumtaz-zahra-baloch"], Seeds.OfficeHolders("pakistan-foreign-office", "spokesperson", new DateOnly(2025, 3, 1)).Select(h => h.Holder.Id));
    }

    [Fact]
    public void Muttaqis_visit_is_planned_as_known_from_one_article_and_delayed_with_both()
    {
        var visit = Seeds.GetEntity("muttaqi-islamabad-visit").Meeting!;

        Assert.Equal(MeetingStatus.Delayed, visit.Status);
        var lenient = Seeds.KnownAsOf(new DateOnly(2025, 12, 31), TimeOrderMode.Lenient);
        Assert.Equal(MeetingStatus.Delayed, lenient.GetEntity("muttaqi-islamabad-visit").Meeting!.Status);
    }
}
