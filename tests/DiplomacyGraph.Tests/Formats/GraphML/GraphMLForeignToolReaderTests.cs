using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Formats.GraphML;

public class GraphMLForeignToolReaderTests
{
    /// <summary>GraphML as NetworkX writes it (<c>nx.write_graphml</c>), with a yEd-style graphics key and a self-loop.</summary>
    private const string FromNetworkx = """
        <?xml version='1.0' encoding='utf-8'?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
          <key id="d0" for="node" attr.name="label" attr.type="string"/>
          <key id="d1" for="node" attr.name="kind" attr.type="string"/>
          <key id="d2" for="node" attr.name="club" attr.type="string"><default>Mr. Hi</default></key>
          <key id="d3" for="node" yfiles.type="nodegraphics"/>
          <key id="d4" for="edge" attr.name="weight" attr.type="double"/>
          <graph edgedefault="undirected">
            <node id="Node 0"><data key="d0">Alice</data><data key="d1">Country</data></node>
            <node id="1"><data key="d2">Officer</data><data key="d3"><y:ShapeNode><y:Fill color="#FF0000"/></y:ShapeNode></data></node>
            <node id="node-0"/>
            <edge source="Node 0" target="1"><data key="d4">4.0</data></edge>
            <edge id="e1" source="1" target="node-0"/>
            <edge source="1" target="1"/>
          </graph>
        </graphml>
        """;

    [Fact]
    public void Plain_graphml_is_read_as_untyped_entities_and_linked_relations_with_a_note()
    {
        var notes = new List<string>();

        var graph = GraphMLGraphReader.Parse(FromNetworkx, "karate.graphml", new GraphReaderOptions { Notes = notes.Add });

        Assert.Equal(["node-0", "1", "node-0-2"], graph.Entities.Select(e => e.Id));
        var alice = graph.GetEntity("node-0");
        Assert.Equal(("Alice", EntityKind.Country), (alice.Name, alice.Kind));
        Assert.Equal("Node 0", alice.Attributes["graphml-id"]);
        Assert.Equal("Mr. Hi", alice.Attributes["club"]);
        var officer = graph.GetEntity("1");
        Assert.Equal(("1", EntityKind.Organization, "Officer"), (officer.Name, officer.Kind, officer.Attributes["club"]));
        Assert.False(officer.Attributes.ContainsKey("d3"));
        Assert.Equal(["linked"], graph.Relations.Select(r => r.Type).Distinct());
        Assert.False(graph.GetRelationType("linked").Directed);
        Assert.Equal([("node-0", "1"), ("1", "node-0-2")], graph.Relations.Select(r => (r.From, r.To)));
        Assert.Equal("<edge source=\"Node 0\" target=\"1\">", graph.Relations[0].Citations.Single().QuoteOf());
        Assert.Equal("karate.graphml", graph.GetSource(graph.Relations[0].Citations.Single().SourceId).File);
        var note = Assert.Single(notes);
        Assert.Contains("plain GraphML", note, StringComparison.Ordinal);
        Assert.Contains("2 of them without a kind, read as Organization", note, StringComparison.Ordinal);
        Assert.Contains("1 self-loops were left out", note, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aggregated_export_is_a_view_and_is_read_as_plain_graphml_saying_so()
    {
        var notes = new List<string>();
        var graphml = GraphMLGraphWriter.WriteToString(Seeds.Load(), new GraphMLWriterOptions { AggregateParallelRelations = true });

        var graph = GraphMLGraphReader.Parse(graphml, "agg.graphml", new GraphReaderOptions { Notes = notes.Add });

        Assert.Equal(Seeds.Load().Entities.Length, graph.Entities.Length);
        Assert.Contains("'aggregated'", Assert.Single(notes), StringComparison.Ordinal);
        Assert.Equal(Seeds.Load().GetEntity("pakistan").Kind, graph.GetEntity("pakistan").Kind);
        // Plain GraphML cannot carry a statement's act, speech mode and words (nor a meeting's time and status).
        Assert.Equal(EntityKind.Organization, graph.GetEntity("sadiq-all-deals-off").Kind);
        Assert.Equal(EntityKind.Organization, graph.GetEntity("think-tank-seminar").Kind);
    }

    [Fact]
    public void An_edge_to_an_unknown_node_is_reported_at_the_edge()
    {
        var graphml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/>\n</graph>\n</graphml>";

        var error = Assert.Throws<GraphFormatException>(() => GraphMLGraphReader.Parse(graphml, "x.graphml")).Errors.Single();

        Assert.Equal("to", error.Field);
        Assert.Equal(new FilePosition("x.graphml", 4, 2), error.Location);
    }
}
