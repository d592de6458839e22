using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace DiplomacyGraph.Tests.Interop;

/// <summary>python-igraph reads the GraphML exports with the counts and attributes they were written with.</summary>
public class IgraphTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases => PeerGraphs.WithExports("graphml");

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Read_graphml_loads_every_node_and_edge(string graphName, string exportName)
    {
        var graph = PeerGraphs.Get(graphName);
        var result = Read(graph, graphName, exportName, string.Empty);

        var (nodes, edges) = ExpectedShape.Of(graph, exportName);
        Assert.True((bool)result["directed"]!);
        Assert.Equal(nodes, (int)result["nodes"]!);
        Assert.Equal(edges, (int)result["edges"]!);
    }

    [SkippableTheory]
    [MemberData(nameof(PeerGraphs.Names), MemberType = typeof(PeerGraphs))]
    public void Read_graphml_keeps_label_and_dates_of_a_sampled_edge(string graphName)
    {
        var graph = PeerGraphs.Get(graphName);
        var sample = ExpectedShape.SampleRelation(graph);
        var result = Read(graph, graphName, "graphml", sample.Id);

        var edge = ExpectedShape.AssertSampledEdge(result, sample);
        // igraph reads GraphML long as a float.
        Assert.Equal(sample.Time.Latest.DayNumber - new DateOnly(1970, 1, 1).DayNumber, (int)double.Parse((string)edge["end_day"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private JObject Read(DiplomaticGraph graph, string graphName, string exportName, string edgeId)
    {
        var python = PeerTools.Python("igraph");

        var file = PeerExport.Named(exportName).WriteFile(graph, graphName);
        var (code, stdout, stderr) = PeerTools.Run(python, NetworkxTests.Script("igraph_read.py"), file, edgeId);
        output.WriteLine($"{python} igraph_read.py {file}\n{stdout}{stderr}");
        Assert.True(code == 0, $"igraph could not read {file}:\n{stderr}");
        return JObject.Parse(stdout);
    }
}
