using DiplomacyGraph.Formats.Events;
using System.IO.Compression;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Formats.Events;

public class GdeltImportTests
{
    private static DiplomaticGraph Graph => EventFixtures.GdeltImport.Value.Graph;

    private static EventImportReport Report => EventFixtures.GdeltImport.Value.Report;

    private static Relation Relation(string id) => Graph.Relations.Single(r => r.Id == id);

    [Fact]
    public void Two_actor_rows_per_CAMEO_root_match_a_plain_count_of_the_file()
    {
        // Counted once by hand (rows whose Actor1Code and Actor2Code are both given and differ):
        // awk -F'\t' '$6!="" && $16!="" && $6!=$16 {c[substr($27,1,2)]++} END{for(k in c) print k, c[k]}' gdelt1-events-2016-07-28.tsv | sort
        var expected = new Dictionary<string, int>
        {
            ["01"] = 62, ["02"] = 41, ["03"] = 27, ["04"] = 128, ["05"] = 29, ["06"] = 10, ["07"] = 8, ["08"] = 24, ["09"] = 3,
            ["10"] = 7, ["11"] = 37, ["12"] = 13, ["13"] = 5, ["14"] = 3, ["15"] = 5, ["16"] = 8, ["17"] = 21, ["18"] = 3,
            ["19"] = 35, ["20"] = 1,
        };

        var twoActor = EventFixtures.Events(Graph).Where(r => r.Role is null);

        Assert.Equal(expected.OrderBy(p => p.Key), EventFixtures.PerRoot(twoActor).OrderBy(p => p.Key));
    }

    [Fact]
    public void One_actor_rows_are_kept_or_counted_never_dropped_silently()
    {
        // awk -F'\t' '($6=="") != ($16=="") || ($6!="" && $6==$16)' gdelt1-events-2016-07-28.tsv | wc -l → 240
        // awk -F'\t' '$6=="" && $16==""' … | wc -l → 0
        Assert.Equal(710, Report.Rows);
        Assert.Equal(240, Report.OneActor + Report.WithoutCounterpart);
        Assert.Equal(Report.OneActor, EventFixtures.Events(Graph).Count(r => r.Role is "at-location" or "target-at-location"));
        Assert.Equal(710 - Report.WithoutCounterpart, EventFixtures.Events(Graph).Count());
        Assert.True(Report.OneActor > 200); // Most have a location; the others (no location, or located in the actor itself) are counted.
    }

    [Fact]
    public void The_country_filter_keeps_the_rows_naming_Pakistan_or_Afghanistan()
    {
        // awk -F'\t' '$8=="PAK"||$8=="AFG"||$18=="PAK"||$18=="AFG"||$52=="PK"||$52=="AF"' gdelt1-events-2016-07-28.tsv | wc -l → 28 (the README says so too)
        var result = EventImport.Load(EventDataset.Gdelt, [EventFixtures.Gdelt1], new EventImportOptions { Countries = ["PAK", "AFG", "PK", "AF"] });

        Assert.Equal(710 - 28, result.Report.FilteredOut);
        Assert.Equal(28, result.Report.Relations + result.Report.WithoutCounterpart);
    }

    [Fact]
    public void Line_1_a_one_actor_daily_row_is_a_relation_to_its_location()
    {
        // 564111644	20060731	…	USA	UNITED STATES	USA	(no Actor2)	1	010	010	01	1	0.0	2	1	2	-0.34188034188034
        // ActionGeo: 3	National Postal Museum, District of Columbia, United States	US	USDC	38.8973	-77.0083	1984547	20160728	http://wtop.com/lifestyle/…
        var relation = Relation("gdelt-564111644");

        Assert.Equal(("comment", "united-states", "at-location"), (relation.Type, relation.From, relation.Role));
        Assert.Equal(DateRange.Parse("2006-07-31"), relation.Time);
        var place = Graph.GetEntity(relation.To);
        Assert.Equal((EntityKind.Place, "National Postal Museum, District of Columbia, United States"), (place.Kind, place.Name));
        Assert.Equal(("38.8973", "-77.0083", "1984547", "US"), (place.Attributes["latitude"], place.Attributes["longitude"], place.Attributes["feature-id"], place.Attributes["country"]));
        Assert.Equal(("010", "0.0", "1", "2", "1", "2", "-0.34188034188034"),
            (relation.Attributes["cameo"], relation.Attributes["goldstein"], relation.Attributes["quad-class"], relation.Attributes["mentions"], relation.Attributes["sources"], relation.Attributes["articles"], relation.Attributes["tone"]));
        var citation = Assert.IsType<RecordCitation>(Assert.Single(relation.Citations));
        Assert.Equal(("GDELT", "564111644"), (citation.Dataset, citation.Record));
        var source = Graph.GetSource(citation.SourceId);
        Assert.Equal("http://wtop.com/lifestyle/2016/07/deepest-darkest-secrets-now-display-national-postal-museum/", source.Url);
        Assert.Equal("wtop.com", source.Outlet);
        Assert.Equal(DateRange.Parse("2016-07-28"), source.Published); // DATEADDED
        var usa = Graph.GetEntity("united-states");
        Assert.Equal(EntityKind.Country, usa.Kind);
        Assert.Contains("USA", usa.Aliases);
    }

    [Fact]
    public void Line_26_Pakistan_visits_the_police_at_a_place_in_Pakistan()
    {
        // 564114894	20160728	…	PAK	LAHORE	PAK	…	COP	POLICE	…	COP	…	1	042	042	04	1	1.9	4	1	4	-6.57439446366782
        // ActionGeo: 4	Kashmir, North-West Frontier, Pakistan	PK	PK03	34.796	72.1502	-2764806	20160728	http://www.dailyexcelsior.com/nia-takes-custody-pak-ultra/
        var relation = Relation("gdelt-564114894");

        Assert.Equal(("consult", "pakistan"), (relation.Type, relation.From));
        Assert.Null(relation.Role);
        var pakistan = Graph.GetEntity("pakistan");
        Assert.Equal((EntityKind.Country, "Pakistan"), (pakistan.Kind, pakistan.Name)); // Named from ISO 3166, not from "LAHORE".
        Assert.Contains("PAK", pakistan.Aliases);
        var police = Graph.GetEntity(relation.To);
        Assert.Equal((EntityKind.Organization, "Police (COP)"), (police.Kind, police.Name));
        Assert.Equal("Make a visit", relation.Attributes["cameo-description"]);
        Assert.Equal(("1.9", "4", "-6.57439446366782"), (relation.Attributes["goldstein"], relation.Attributes["mentions"], relation.Attributes["tone"]));
        Assert.Equal("Kashmir, North-West Frontier, Pakistan", Graph.GetEntity(relation.Attributes["place"]).Name);
        var citation = Assert.IsType<RecordCitation>(Assert.Single(relation.Citations));
        Assert.Equal("564114894", citation.Record);
        Assert.Equal("http://www.dailyexcelsior.com/nia-takes-custody-pak-ultra/", Graph.GetSource(citation.SourceId).Url);
    }

    [Fact]
    public void Line_600_a_historical_row_without_a_URL_cites_the_no_URL_source()
    {
        // 1553729	19820102	198201	1982	1982.0055	USA	AMERICAN	USA	…	SLV	EL SALVADOR	SLV	…	0	190	190	19	4	-10	4	1	4	6.27376425855513	…	20130203 (57 columns)
        var relation = Relation("gdelt-1553729");

        Assert.Equal(("assault", "united-states", "el-salvador"), (relation.Type, relation.From, relation.To));
        Assert.Equal(DateRange.Parse("1982-01-02"), relation.Time);
        Assert.Equal(("190", "-10.0", "4", "0"), (relation.Attributes["cameo"], relation.Attributes["goldstein"], relation.Attributes["quad-class"], relation.Attributes["root-event"]));
        var citation = Assert.IsType<RecordCitation>(Assert.Single(relation.Citations));
        var source = Graph.GetSource(citation.SourceId);
        Assert.Equal("gdelt-no-url", source.Id);
        Assert.Null(source.Url);
    }

    [Fact]
    public void A_C1_control_character_is_read_as_the_Windows_1252_character_it_stands_for()
    {
        // Line 540's location is written "San\u0091a'" (UTF-8 of U+0091): Windows-1252 0x91 is the left single quote.
        Assert.Contains(Graph.Entities, e => e.Name == "Sanaa, San\u2018a', Yemen");
        Assert.True(Report.Repaired > 0);
    }

    [Fact]
    public void Aggregation_merges_rows_of_one_day_actors_and_code_keeping_every_citation_and_summing_counts()
    {
        var lines = File.ReadAllLines(EventFixtures.Gdelt1);
        var row = lines[25].Split('\t'); // Line 26: PAK → COP, 042, mentions 4, sources 1, articles 4.
        string Copy(string id, string mentions, string articles, string tone)
        {
            var copy = (string[])row.Clone();
            (copy[0], copy[31], copy[33], copy[34]) = (id, mentions, articles, tone);
            return string.Join('\t', copy);
        }

        var path = EventFixtures.Temp(string.Join('\n', lines[25], Copy("900000001", "6", "2", "1.0"), Copy("900000002", "10", "4", "-2.0"), lines[26]) + "\n", ".tsv");
        try
        {
            var result = EventImport.Load(EventDataset.Gdelt, [path], new EventImportOptions { Aggregate = true });

            var merged = Assert.Single(EventFixtures.Events(result.Graph), r => r.Attributes["cameo"] == "042");
            Assert.Equal(["564114894", "900000001", "900000002"], merged.Citations.Cast<RecordCitation>().Select(c => c.Record));
            Assert.Equal(("20", "3", "10", "3"), (merged.Attributes["mentions"], merged.Attributes["sources"], merged.Attributes["articles"], merged.Attributes["rows"]));
            // Tone weighted by articles: (−6.57439446366782 × 4 + 1.0 × 2 − 2.0 × 4) / 10.
            Assert.Equal(Math.Round(((-6.57439446366782 * 4) + 2 - 8) / 10, 6).ToString(System.Globalization.CultureInfo.InvariantCulture), merged.Attributes["tone"]);
            Assert.Equal(2, result.Report.Relations);
            Assert.Equal(2, result.Report.Aggregated);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_zip_file_as_GDELT_publishes_it_reads_as_the_plain_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dipgraph-events-{Guid.NewGuid():N}.export.CSV.zip");
        try
        {
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(EventFixtures.Gdelt1, "20160728.export.CSV");
            }

            var graph = DiplomaticGraph.Load(path);

            Assert.Equal(EventFixtures.Events(Graph).Select(r => r.Id), EventFixtures.Events(graph).Select(r => r.Id));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
