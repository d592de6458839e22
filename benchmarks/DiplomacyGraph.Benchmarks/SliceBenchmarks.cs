using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Benchmarks;

/// <summary>The valid-time slice of the whole graph at a date (a new validated, indexed graph).</summary>
[MemoryDiagnoser]
public class SliceBenchmarks : CorpusBenchmark
{
    private static readonly DateOnly Date = new(2010, 1, 1);
    private DiplomaticGraph graph = DiplomaticGraph.Empty;

    [GlobalSetup]
    public void Setup() => graph = BenchmarkCorpus.Graph(Relations);

    [Benchmark]
    public DiplomaticGraph AsOf() => graph.AsOf(Date);
}
