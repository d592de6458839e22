using DiplomacyGraph.Formats.Events;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Formats.Events;

/// <summary>GDELT 2.0's 61-column export, from the hand-written fixture in the documented column order.</summary>
public class Gdelt2ImportTests
{
    private static readonly EventImportResult Result = EventImport.Load(EventDataset.Gdelt, [EventFixtures.Gdelt2]);

    private static Relation Relation(string id) => Result.Graph.Relations.Single(r => r.Id == id);

    [Fact]
    public void A_two_actor_row_reads_every_column_at_its_2_0_position()
    {
        // 036 "Express intent to meet or negotiate" is under root 03, intent to cooperate: the act agree.
        var relation = Relation("gdelt-1100000001");

        Assert.Equal(("agree", "pakistan-government-pakgov", "afghanistan"), (relation.Type, relation.From, relation.To));
        Assert.Equal("Pakistan government (PAKGOV)", Result.Graph.GetEntity(relation.From).Name);
        Assert.Equal(DateRange.Parse("2025-04-19"), relation.Time);
        Assert.Equal(("036", "1", "4.0", "12", "3", "10", "-1.25"),
            (relation.Attributes["cameo"], relation.Attributes["quad-class"], relation.Attributes["goldstein"], relation.Attributes["mentions"], relation.Attributes["sources"], relation.Attributes["articles"], relation.Attributes["tone"]));
        // ActionGeo after the two 8-column geographies (with ADM2 codes): Kabul.
        var place = Result.Graph.GetEntity(relation.Attributes["place"]);
        Assert.Equal(("Kabul, Kabul, Afghanistan", "34.5167", "69.1833", "-3378435"), (place.Name, place.Attributes["latitude"], place.Attributes["longitude"], place.Attributes["feature-id"]));
        var source = Result.Graph.GetSource(relation.Citations[0].SourceId);
        Assert.Equal(("https://www.example.org/news/dar-kabul-visit", "example.org"), (source.Url, source.Outlet));
        Assert.Equal(DateRange.Parse("2025-04-19"), source.Published); // DATEADDED 20250419153000, UTC
    }

    [Fact]
    public void A_one_actor_row_is_a_relation_to_the_action_location()
    {
        var relation = Relation("gdelt-1100000002");

        Assert.Equal(("agree", "afghanistan-government-afggov", "at-location"), (relation.Type, relation.From, relation.Role));
        Assert.Equal("Kabul, Kabul, Afghanistan", Result.Graph.GetEntity(relation.To).Name);
        Assert.Equal("Express intent to cooperate economically", relation.Attributes["cameo-description"]);
    }

    [Fact]
    public void NA_is_an_absent_value_and_a_country_location_is_the_country()
    {
        var relation = Relation("gdelt-1100000003");

        Assert.Equal(("accuse", "pakistan", "afghanistan"), (relation.Type, relation.From, relation.To));
        Assert.False(relation.Attributes.ContainsKey("tone")); // AvgTone is NA.
        Assert.Equal("afghanistan", relation.Attributes["place"]); // ActionGeo_Type 1: the country itself.
        Assert.Equal(1, Result.Graph.Entities.Count(e => e.Name == "Afghanistan"));
    }
}
