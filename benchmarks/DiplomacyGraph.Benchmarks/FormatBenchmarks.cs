using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Formats.Gexf;
using DiplomacyGraph.Formats.GraphML;

namespace DiplomacyGraph.Benchmarks;

/// <summary>The network formats: GraphML and GEXF written to a file, GraphML read back (parse, map, validate, index).</summary>
[MemoryDiagnoser]
public class FormatBenchmarks : CorpusBenchmark
{
    private DiplomaticGraph graph = DiplomaticGraph.Empty;
    private string graphml = string.Empty;
    private string output = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        graph = BenchmarkCorpus.Graph(Relations);
        graphml = BenchmarkCorpus.File(Relations, "graphml", (g, w) => GraphMLGraphWriter.Write(g, w));
        output = Path.Combine(BenchmarkCorpus.Directory, $"written-{Environment.ProcessId}.xml");
    }

    protected override void CleanupOwn() => File.Delete(output);

    [Benchmark]
    public long WriteGraphML()
    {
        using (var writer = new StreamWriter(output))
        {
            GraphMLGraphWriter.Write(graph, writer);
        }

        return new FileInfo(output).Length;
    }

    [Benchmark]
    public long WriteGexf()
    {
        using (var writer = new StreamWriter(output))
        {
            GexfGraphWriter.Write(graph, writer);
        }

        return new FileInfo(output).Length;
    }

    [Benchmark]
    public DiplomaticGraph ReadGraphML() => DiplomaticGraph.Load(graphml);
}
