using System.Xml.Linq;
using DiplomacyGraph.Formats.Gexf;

namespace DiplomacyGraph.Tests.Formats.Gexf;

public class GexfWriterTests
{
    [Fact]
    public void Version_1_3_is_the_default_and_is_dynamic_with_dates()
    {
        var xml = XDocument.Parse(GexfGraphWriter.WriteToString(ExportTestGraph.Create()));
        XNamespace g = "http://gexf.net/1.3";

        Assert.Equal(g + "gexf", xml.Root!.Name);
        Assert.Equal("1.3", xml.Root.Attribute("version")?.Value);
        var graph = xml.Root.Element(g + "graph")!;
        Assert.Equal(("dynamic", "date", "directed"), (graph.Attribute("mode")?.Value, graph.Attribute("timeformat")?.Value, graph.Attribute("defaultedgetype")?.Value));
    }

    [Fact]
    public void Version_1_2draft_uses_its_own_namespace_and_version()
    {
        var xml = XDocument.Parse(GexfGraphWriter.WriteToString(ExportTestGraph.Create(), new GexfWriterOptions { Version = GexfVersion.V1_2Draft }));

        Assert.Equal(XName.Get("gexf", "http://www.gexf.net/1.2draft"), xml.Root!.Name);
        Assert.Equal("1.2", xml.Root.Attribute("version")?.Value);
        Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "edge" && e.Attribute("kind") is not null);
    }

    [Theory]
    [InlineData("ties", "2021-01-01", null)]
    [InlineData("ties-upgrade", "2025-05-21", null)]
    [InlineData("accuses", null, "2025-05-31")]
    [InlineData("dar-attended", "2025-04-19", "2025-04-19")]
    public void Each_edge_spans_its_relation_time_leaving_open_ends_open(string id, string? start, string? end)
    {
        var edge = Elements("edge").Single(e => e.Attribute("id")?.Value == id);

        Assert.Equal(start, edge.Attribute("start")?.Value);
        Assert.Equal(end, edge.Attribute("end")?.Value);
    }

    [Fact]
    public void Meetings_have_a_spell_on_their_date_and_other_nodes_are_always_present()
    {
        var nodes = Elements("node").ToDictionary(n => n.Attribute("id")!.Value);

        var spell = nodes["kabul-talks"].Descendants().Single(e => e.Name.LocalName == "spell");
        Assert.Equal(("2025-04-19", "2025-04-19"), (spell.Attribute("start")?.Value, spell.Attribute("end")?.Value));
        Assert.DoesNotContain(nodes["dar"].Descendants(), e => e.Name.LocalName == "spell");
        Assert.Null(nodes["dar"].Attribute("start"));
    }

    [Fact]
    public void Nodes_are_coloured_by_kind()
    {
        var colours = Elements("node").ToDictionary(
            n => n.Attribute("id")!.Value,
            n => n.Elements().Single(e => e.Name.LocalName == "color") is var c ? $"{c.Attribute("r")!.Value},{c.Attribute("g")!.Value},{c.Attribute("b")!.Value}" : null);

        Assert.Equal(colours["dar"], colours["muttaqi"]);
        Assert.Equal(4, colours.Values.Distinct().Count()); // Person, Country, Place, Meeting
    }

    [Fact]
    public void Columns_are_declared_typed_and_filled_like_the_graphml_keys()
    {
        var declared = Elements("attribute").Select(a => (a.Parent!.Attribute("class")!.Value, a.Attribute("title")!.Value, a.Attribute("type")!.Value)).ToList();
        var ties = Elements("edge").Single(e => e.Attribute("id")?.Value == "ties");
        var values = ties.Descendants().Where(e => e.Name.LocalName == "attvalue").ToDictionary(a => a.Attribute("for")!.Value, a => a.Attribute("value")!.Value);

        Assert.Contains(("node", "kind", "string"), declared);
        Assert.Contains(("edge", "start_day", "long"), declared);
        Assert.Equal(("diplomatic-ties", "2021/..", "ties since 2021", "wire"), (values["relation"], values["date"], values["quotes"], values["sources"]));
        Assert.Equal("diplomatic-ties", ties.Attribute("label")?.Value);
    }

    [Fact]
    public void Aggregated_edges_carry_their_weight()
    {
        var xml = XDocument.Parse(GexfGraphWriter.WriteToString(ExportTestGraph.Create(), new GexfWriterOptions { AggregateParallelRelations = true }));

        var pair = xml.Descendants().Single(e => e.Name.LocalName == "edge" && e.Attribute("id")?.Value == "pakistan--afghanistan");
        Assert.Equal("3", pair.Attribute("weight")?.Value);
    }

    [Fact]
    public void Statements_are_dated_nodes_with_act_speech_marks_attributes_and_records()
    {
        var graph = DiplomacyGraph.Formats.Yaml.YamlGraphReader.Load(Fixture.Path("who-said-what.yaml"));
        var xml = XDocument.Parse(GexfGraphWriter.WriteToString(graph));
        Dictionary<string, string> Values(string element, string id) => xml.Descendants()
            .Single(e => e.Name.LocalName == element && e.Attribute("id")?.Value == id)
            .Descendants().Where(e => e.Name.LocalName == "attvalue").ToDictionary(a => a.Attribute("for")!.Value, a => a.Attribute("value")!.Value);

        var statement = xml.Descendants().Single(e => e.Name.LocalName == "node" && e.Attribute("id")?.Value == "dar-alleges-militants");
        Assert.Equal(("accuse", "reported"), (Values("node", "dar-alleges-militants")["act"], Values("node", "dar-alleges-militants")["speech"]));
        Assert.Equal("2025-04-19", statement.Descendants().Single(e => e.Name.LocalName == "spell").Attribute("start")?.Value);
        Assert.Equal("inferred", Values("node", "ishaq-dar")["basis"]);
        var edge = Values("edge", "icews-consult");
        Assert.Equal(("cameo=040 | goldstein=1.0 | mentions=12", "ICEWS=26870000 | ", "icews-sample | article"), (edge["attributes"], edge["records"], edge["sources"]));
        Assert.StartsWith(" | met Afghanistan", edge["quotes"], StringComparison.Ordinal);
        Assert.Equal(("inferred", "Dar speaks as Foreign Minister; the article does not say he spoke for the government"), (Values("edge", "pakistan-said-militants")["basis"], Values("edge", "pakistan-said-militants")["note"]));
    }

    private static IEnumerable<XElement> Elements(string localName) =>
        XDocument.Parse(GexfGraphWriter.WriteToString(ExportTestGraph.Create())).Descendants().Where(e => e.Name.LocalName == localName);
}
