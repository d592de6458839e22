using System.Xml.Linq;
using DiplomacyGraph.Formats.GraphML;

namespace DiplomacyGraph.Tests.Formats.GraphML;

public class GraphMLWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public void Every_relation_is_an_edge_with_its_own_id_in_a_directed_graph()
    {
        var xml = Write(new GraphMLWriterOptions());

        var edges = xml.Descendants(G + "edge").ToList();
        Assert.Equal("directed", xml.Descendants(G + "graph").Single().Attribute("edgedefault")?.Value);
        Assert.Equal(["dar-attended", "muttaqi-attended", "talks-in-kabul", "ties", "ties-upgrade", "accuses"], edges.Select(e => e.Attribute("id")!.Value));
    }

    [Fact]
    public void Keys_are_typed_and_named()
    {
        var keys = Write(new GraphMLWriterOptions()).Descendants(G + "key").ToDictionary(k => (k.Attribute("for")!.Value, k.Attribute("attr.name")!.Value), k => k.Attribute("attr.type")!.Value);

        Assert.Equal("string", keys[("node", "label")]);
        Assert.Equal("string", keys[("edge", "label")]);
        Assert.Equal("long", keys[("edge", "start_day")]);
        Assert.Equal("string", keys[("edge", "start")]);
        Assert.False(keys.ContainsKey(("edge", "weight")));
    }

    [Fact]
    public void Open_ends_leave_the_date_columns_of_that_end_out()
    {
        var ties = Edge(Write(new GraphMLWriterOptions()), "ties");

        Assert.Equal("2021/..", ties["date"]);
        Assert.Equal("2021-01-01", ties["start"]);
        Assert.Equal("18628", ties["start_day"]);
        Assert.False(ties.ContainsKey("end"));
        Assert.False(ties.ContainsKey("end_day"));
    }

    [Fact]
    public void Aggregation_writes_one_weighted_edge_per_ordered_pair_keeping_every_citation()
    {
        var xml = Write(new GraphMLWriterOptions { AggregateParallelRelations = true });

        var pair = Edge(xml, "pakistan--afghanistan");
        Assert.Equal(6 - 2, xml.Descendants(G + "edge").Count());
        Assert.Equal("3", pair["weight"]);
        Assert.Equal("diplomatic-ties | accuses", pair["label"]);
        Assert.Equal("ties | ties-upgrade | accuses", pair["relation_ids"]);
        Assert.Equal(@"ties since 2021 | upgraded \| to ambassadors | Pakistan accused Kabul", pair["quotes"]);
        Assert.False(pair.ContainsKey("start"));
        Assert.False(pair.ContainsKey("end"));
        Assert.Equal("aggregated", Graph(xml)["view"]);
    }

    [Fact]
    public void Without_meetings_attendees_are_joined_by_a_co_attended_edge_with_the_meeting_date_and_citations()
    {
        var xml = Write(new GraphMLWriterOptions { IncludeMeetings = false });

        Assert.DoesNotContain(xml.Descendants(G + "node"), n => n.Attribute("id")!.Value == "kabul-talks");
        Assert.DoesNotContain(xml.Descendants(G + "edge"), e => e.Attribute("target")!.Value == "kabul-talks" || e.Attribute("source")!.Value == "kabul-talks");
        var co = Edge(xml, "kabul-talks--dar--muttaqi");
        Assert.Equal(("co-attended", "2025-04-19", "2025-04-19", "kabul-talks"), (co["label"], co["date"], co["start"], co["meeting"]));
        Assert.Equal("Dar met Muttaqi in Kabul on April 19", co["quotes"]);
        Assert.False(Graph(xml).ContainsKey("source_id"));
    }

    [Fact]
    public void Meeting_nodes_carry_date_status_topics_and_place()
    {
        var meeting = Node(Write(new GraphMLWriterOptions()), "kabul-talks");

        Assert.Equal(("Kabul talks", "Meeting", "2025-04-19", "Held"), (meeting["label"], meeting["kind"], meeting["date"], meeting["status"]));
        Assert.Equal("trade | security", meeting["topics"]);
        Assert.Equal("Kabul", meeting["place"]);
        Assert.Equal(@"Planned \| wire \| Dar will visit Kabul | Held", meeting["status_reports"]);
    }

    private static XDocument Write(GraphMLWriterOptions options) => XDocument.Parse(GraphMLGraphWriter.WriteToString(ExportTestGraph.Create(), options));

    private static Dictionary<string, string> Graph(XDocument xml) => Values(xml, xml.Descendants(G + "graph").Single());

    private static Dictionary<string, string> Node(XDocument xml, string id) => Values(xml, xml.Descendants(G + "node").Single(n => n.Attribute("id")!.Value == id));

    private static Dictionary<string, string> Edge(XDocument xml, string id) => Values(xml, xml.Descendants(G + "edge").Single(e => e.Attribute("id")!.Value == id));

    private static Dictionary<string, string> Values(XDocument xml, XElement element)
    {
        var names = xml.Descendants(G + "key").ToDictionary(k => k.Attribute("id")!.Value, k => k.Attribute("attr.name")!.Value);
        return element.Elements(G + "data").ToDictionary(d => names[d.Attribute("key")!.Value], d => d.Value);
    }
}
