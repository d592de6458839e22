using DiplomacyGraph.Formats.Events;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Formats.Events;

/// <summary>The compact form the import keeps a relation's attributes and record ids in reads as the plain one.</summary>
public class EventAttributeStoreTests
{
    private static DiplomaticGraph Graph => EventFixtures.GdeltImport.Value.Graph;

    [Fact]
    public void Imported_attributes_and_records_survive_a_json_round_trip()
    {
        var json = JsonGraphWriter.WriteToString(Graph);
        var back = JsonGraphReader.Parse(json, "events.json");

        GraphAssert.Equivalent(Graph, back);
        var relation = back.Relations.Single(r => r.Id == "gdelt-564111644");
        Assert.Equal("-0.34188034188034", relation.Attributes["tone"]);
        Assert.Equal("564111644", Assert.IsType<RecordCitation>(Assert.Single(relation.Citations)).Record);
    }

    [Fact]
    public void Each_tone_is_the_relation_s_own_and_the_keys_are_in_ordinal_order()
    {
        // Line 1 is a one-actor row: its location is the relation's other end, so it has no place attribute.
        var tones = EventFixtures.Events(Graph).Where(r => r.Attributes.ContainsKey("tone")).Select(r => r.Attributes["tone"]).Distinct().Count();
        var relation = Graph.Relations.Single(r => r.Id == "gdelt-564111644");

        Assert.True(tones > 100); // The sample's rows differ in tone: no relation may show another's.
        Assert.Equal(relation.Attributes.Keys.Order(StringComparer.Ordinal), relation.Attributes.Keys);
        Assert.Equal(["articles", "cameo", "cameo-description", "goldstein", "mentions", "quad-class", "root-event", "sources", "tone"], relation.Attributes.Keys);
    }

    [Theory]
    [InlineData("564111644")]
    [InlineData("0")]
    [InlineData("0123")] // a leading zero is kept as written
    [InlineData("26870000/2018-06-01")]
    [InlineData("1234567890123456789012")] // longer than a long
    public void A_record_id_reads_back_as_written_and_equal_ids_are_equal_citations(string record)
    {
        var citation = new RecordCitation("gdelt-source", "GDELT", record);

        Assert.Equal(record, citation.Record);
        Assert.Equal(record, (citation with { Record = record }).Record);
        Assert.Equal(new RecordCitation("gdelt-source", "GDELT", record), citation);
        Assert.NotEqual(new RecordCitation("gdelt-source", "GDELT", record + "1"), citation);
    }
}
