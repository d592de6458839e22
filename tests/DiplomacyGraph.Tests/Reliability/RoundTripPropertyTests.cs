using System.Text;
using CsCheck;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// Random valid graphs survive YAML → graph → JSON → graph → GraphML → graph with nothing lost or changed. A few hundred
/// cases run in CI; set DIPGRAPH_PROPERTY_CASES (e.g. 10000) for a long run.
/// </summary>
public class RoundTripPropertyTests
{
    private const int CiCases = 300;

    private static long Cases => long.TryParse(Environment.GetEnvironmentVariable("DIPGRAPH_PROPERTY_CASES"), out var n) && n > 0 ? n : CiCases;

    [Fact]
    public void Random_graphs_survive_yaml_then_json_then_graphml_unchanged()
    {
        GraphGen.Graph.Sample(RoundTrip, iter: Cases, print: YamlGraphWriter.WriteToString);
    }

    [Fact]
    public void The_generator_draws_every_kind_and_date_shape_it_promises()
    {
        var graphs = new List<DiplomaticGraph>();
        GraphGen.Graph.Sample(g => graphs.Add(g), iter: 200, threads: 1);
        var entities = graphs.SelectMany(g => g.Entities).ToList();
        var times = graphs.SelectMany(g => g.Relations).Select(r => r.Time).ToList();

        Assert.Equal(Enum.GetValues<EntityKind>(), entities.Select(e => e.Kind).Distinct().Order());
        Assert.Contains(times, t => t.IsUnknown);
        Assert.Contains(times, t => t.Start is { Exclusive: true });
        Assert.Contains(times, t => t.End is null && t.Start is not null);
        Assert.Contains(times, t => t.Start is { Basis: DateBasis.Inferred });
        Assert.Contains(times, t => t.Start is { Date.Precision: DatePrecision.Month });
        Assert.Contains(entities, e => e.Meeting?.Statuses.Length > 1);
        var relations = graphs.SelectMany(g => g.Relations).ToList();
        Assert.Equal(Enum.GetValues<StatementAct>(), entities.Where(e => e.Statement is not null).Select(e => e.Statement!.Act).Distinct().Order());
        Assert.Equal(Enum.GetValues<SpeechMode>(), entities.Where(e => e.Statement is not null).Select(e => e.Statement!.Speech).Distinct().Order());
        Assert.Contains(relations, r => r.Type == BuiltInRelationTypes.Said.Name);
        Assert.Contains(entities, e => e.Basis == Basis.Inferred);
        Assert.Contains(relations, r => r.Basis == Basis.Inferred);
        Assert.Contains(relations, r => r.Attributes.Count > 0);
        Assert.Contains(relations, r => r.Citations.Any(c => c is RecordCitation));
        Assert.Contains(relations, r => r.Citations is [RecordCitation]);
        Assert.Contains(entities, e => e.Citations.Any(c => c is RecordCitation));
        Assert.Contains(graphs.SelectMany(g => g.Sources), s => s.Url is not null && s.Language is not null && !s.Retrieved.IsUnknown);
        Assert.Contains(graphs, g => g.ExtensionTypes.Length > 0 && g.Relations.Any(r => r.Type.StartsWith("extension-", StringComparison.Ordinal)));
        Assert.Contains(graphs, g => g.Relations.GroupBy(r => (r.From, r.To)).Any(pair => pair.Count() > 1));
        Assert.Contains(entities, e => e.Name.Contains('"', StringComparison.Ordinal) || e.Name.Contains('\'', StringComparison.Ordinal));
        Assert.Contains(entities, e => e.Name.Any(char.IsSurrogate));
    }

    private static void RoundTrip(DiplomaticGraph graph)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dipgraph-roundtrip-{Environment.CurrentManagedThreadId}-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, YamlGraphWriter.WriteToString(graph), new UTF8Encoding(false));
            var fromYaml = YamlGraphReader.Load(path, new GraphReaderOptions { RequireSourceFiles = false });
            GraphAssert.Equivalent(graph, fromYaml);

            var fromJson = JsonGraphReader.Parse(JsonGraphWriter.WriteToString(fromYaml), "g.json");
            GraphAssert.Equivalent(graph, fromJson);

            var fromGraphML = GraphMLGraphReader.Parse(GraphMLGraphWriter.WriteToString(fromJson), "g.graphml");
            GraphAssert.Equivalent(graph, fromGraphML);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
