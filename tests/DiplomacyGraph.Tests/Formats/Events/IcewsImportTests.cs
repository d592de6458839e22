using DiplomacyGraph.Formats.Events;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Formats.Events;

public class IcewsImportTests
{
    private static DiplomaticGraph Graph => EventFixtures.IcewsImport.Value.Graph;

    [Fact]
    public void Every_row_becomes_one_event_relation()
    {
        // awk -F'\t' 'NR>1' icews-2018-06-01-02.tab | wc -l  → 3705
        Assert.Equal(3705, EventFixtures.Events(Graph).Count());
        Assert.Equal(3705, EventFixtures.IcewsImport.Value.Report.Rows);
    }

    [Fact]
    public void Counts_per_CAMEO_root_match_a_plain_count_of_the_file()
    {
        // Counted once by hand with:
        // awk -F'\t' 'NR>1{c[substr($7,1,2)]++} END{for(k in c) print k, c[k]}' icews-2018-06-01-02.tab | sort
        var expected = new Dictionary<string, int>
        {
            ["01"] = 610, ["02"] = 198, ["03"] = 476, ["04"] = 951, ["05"] = 277, ["06"] = 11, ["07"] = 26, ["08"] = 32,
            ["09"] = 27, ["10"] = 62, ["11"] = 255, ["12"] = 62, ["13"] = 33, ["14"] = 131, ["15"] = 11, ["16"] = 24,
            ["17"] = 272, ["18"] = 100, ["19"] = 147,
        };

        Assert.Equal(expected.OrderBy(p => p.Key), EventFixtures.PerRoot(EventFixtures.Events(Graph)).OrderBy(p => p.Key));
    }

    [Fact]
    public void Acts_follow_the_CAMEO_roots_with_057_as_agree_and_087_as_retreat()
    {
        // awk -F'\t' 'NR>1 && $7 ~ /^057/' … | wc -l → 57;  /^087/ → 4
        var types = EventFixtures.Events(Graph).GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(476 + 57, types["agree"]);
        Assert.Equal(277 - 57, types["support"]);
        Assert.Equal(4, types["retreat"]);
        Assert.Equal(32 - 4, types["concede"]);
        Assert.Equal(147 + 100, types["assault"]);
    }

    [Theory]
    // awk -F'\t' 'NR>1 && ($5=="Pakistan"||$11=="Pakistan")' icews-2018-06-01-02.tab | wc -l → 20 (the README says so too)
    [InlineData("Pakistan", 20)]
    // … "Afghanistan" → 19; "India" → 788
    [InlineData("Afghanistan", 19)]
    [InlineData("India", 788)]
    public void Counts_per_country_match_a_plain_count_of_the_file(string country, int rows)
    {
        bool Of(string id)
        {
            var entity = Graph.GetEntity(id);
            return entity.Kind == EntityKind.Country ? entity.Name == country || entity.Aliases.Contains(country) : entity.Attributes.GetValueOrDefault("country") == country;
        }

        Assert.Equal(rows, EventFixtures.Events(Graph).Count(r => Of(r.From) || Of(r.To)));
    }

    [Fact]
    public void The_country_filter_keeps_the_rows_naming_the_country()
    {
        var result = EventImport.Load(EventDataset.Icews, [EventFixtures.Icews], new EventImportOptions { Countries = ["pakistan", "Afghanistan"] });

        // Source, target or location country ($5, $11, $18), counted once by hand:
        // awk -F'\t' 'NR>1 && ($5=="Pakistan"||$11=="Pakistan"||$18=="Pakistan"||$5=="Afghanistan"||$11=="Afghanistan"||$18=="Afghanistan")' icews-2018-06-01-02.tab | wc -l → 64
        Assert.Equal(64, EventFixtures.Events(result.Graph).Count());
        Assert.Equal(3705 - 64, result.Report.FilteredOut);
    }

    [Fact]
    public void Row_28_Pakistan_expresses_intent_to_cooperate_with_India()
    {
        // 32891177	2018-06-01	Pakistan	NA	Pakistan	Express intent to cooperate	030	4	India	NA	India	47400416	1	Irish Times
        // Kashmir	NA	Punjab	Pakistan	31.3422	74.3653
        var relation = Graph.Relations.Single(r => r.Id == "icews-32891177-2018-06-01");

        Assert.Equal(("agree", "pakistan", "india"), (relation.Type, relation.From, relation.To));
        Assert.Equal(EntityKind.Country, Graph.GetEntity("pakistan").Kind);
        Assert.Equal(DateRange.Parse("2018-06-01"), relation.Time);
        Assert.Equal(DateBasis.Stated, relation.Time.Start!.Value.Basis);
        Assert.Equal("030", relation.Attributes["cameo"]);
        Assert.Equal("Express intent to cooperate, not specified below", relation.Attributes["cameo-description"]);
        Assert.Equal("4", relation.Attributes["intensity"]);
        Assert.Equal("4.0", relation.Attributes["goldstein"]);
        Assert.Equal("1", relation.Attributes["quad-class"]);
        Assert.Equal("1", relation.Attributes["sentence"]);
        var place = Graph.GetEntity(relation.Attributes["place"]);
        Assert.Equal((EntityKind.Place, "Kashmir, Punjab, Pakistan", "31.3422"), (place.Kind, place.Name, place.Attributes["latitude"])); // District NA: absent.
        var citation = Assert.IsType<RecordCitation>(Assert.Single(relation.Citations));
        Assert.Equal(("icews-story-47400416", "ICEWS", "32891177/2018-06-01"), (citation.SourceId, citation.Dataset, citation.Record));
        var source = Graph.GetSource(citation.SourceId);
        Assert.Equal("Irish Times", source.Outlet);
        Assert.Equal("ICEWS story 47400416 (Irish Times)", source.Title);
    }

    [Fact]
    public void Row_2_a_ministry_consults_the_military_of_another_country_in_Hanoi()
    {
        // 32889836	2018-06-01	Foreign Affairs (Bangladesh)	Executive,Foreign Ministry,Government	Bangladesh	Consult	040	1
        // High Ranking Military Personnel (Vietnam)	Military,Government	Vietnam	47400351	2	Vietnam News Agency Bulletin
        // Hanoi	NA	Thanh Pho Ha Noi	Vietnam	21.0245	105.841
        var relation = Graph.Relations.Single(r => r.Id == "icews-32889836-2018-06-01");
        var ministry = Graph.GetEntity(relation.From);

        Assert.Equal(("consult", "foreign-affairs-bangladesh", "high-ranking-military-personnel-vietnam"), (relation.Type, relation.From, relation.To));
        Assert.Equal((EntityKind.Organization, "Foreign Affairs (Bangladesh)"), (ministry.Kind, ministry.Name));
        Assert.Equal("Executive,Foreign Ministry,Government", ministry.Attributes["icews-sectors"]);
        Assert.Equal("Consult, not specified below", relation.Attributes["cameo-description"]);
        Assert.Equal("1", relation.Attributes["intensity"]);
        var place = Graph.GetEntity(relation.Attributes["place"]);
        Assert.Equal((EntityKind.Place, "Hanoi, Thanh Pho Ha Noi, Vietnam"), (place.Kind, place.Name));
        Assert.Equal(("21.0245", "105.841"), (place.Attributes["latitude"], place.Attributes["longitude"]));
        Assert.Contains(Graph.Relations, r => r.Type == "member-of" && r.From == ministry.Id && r.To == "bangladesh");
        var citation = Assert.IsType<RecordCitation>(Assert.Single(relation.Citations));
        Assert.Equal("32889836/2018-06-01", citation.Record);
        Assert.Equal("Vietnam News Agency Bulletin", Graph.GetSource(citation.SourceId).Outlet);
    }

    [Fact]
    public void Row_1723_a_government_person_is_a_Person_holding_office_in_his_country()
    {
        // 32895593	2018-06-01	Vyacheslav Victorovich Volodin	Government,Executive Office,Lower House,Legislative / Parliamentary,Executive
        // Russian Federation	Grant diplomatic recognition	054	6	Legislature (Pakistan)	Government,Legislative / Parliamentary	Pakistan	47406321	3	Interfax News Service
        var relation = Graph.Relations.Single(r => r.Id == "icews-32895593-2018-06-01");
        var person = Graph.GetEntity(relation.From);

        Assert.Equal(("support", "legislature-pakistan"), (relation.Type, relation.To));
        Assert.Equal((EntityKind.Person, "Vyacheslav Victorovich Volodin"), (person.Kind, person.Name));
        Assert.Equal("Grant diplomatic recognition", relation.Attributes["cameo-description"]);
        Assert.Equal("6", relation.Attributes["intensity"]);
        var office = Assert.Single(Graph.Relations, r => r.Type == "holds-office" && r.From == person.Id);
        Assert.Equal("Russian Federation", Graph.GetEntity(office.To).Aliases.Append(Graph.GetEntity(office.To).Name).Single(n => n == "Russian Federation"));
        Assert.All(office.Citations, c => Assert.Equal("ICEWS", Assert.IsType<RecordCitation>(c).Dataset));
        Assert.Equal("Interfax News Service", Graph.GetSource(relation.Citations[0].SourceId).Outlet);
    }

    [Fact]
    public void History_of_Pakistan_and_India_lists_the_intent_to_cooperate_events_of_June_1()
    {
        var rows = Graph.History("Pakistan", "India");

        var june1 = rows.Where(r => r.Time == DateRange.Parse("2018-06-01")).ToList();
        Assert.Equal(4, june1.Count);
        Assert.All(june1, r => Assert.Equal("030", r.Relations[0].Attributes["cameo"]));
        Assert.All(june1, r => Assert.Equal("Irish Times", Graph.GetSource(r.Citations[0].SourceId).Outlet));
    }
}
