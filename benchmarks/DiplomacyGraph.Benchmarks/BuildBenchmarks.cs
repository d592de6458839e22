using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Synthetic;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Making a graph in memory: the generator, and validating plus indexing through <see cref="GraphBuilder.Build"/>.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private GraphBuilder builder = new();

    [Params(10_000, 100_000, 1_000_000)]
    public int Relations { get; set; }

    [GlobalSetup]
    public void Setup() => builder = GraphBuilder.From(BenchmarkCorpus.Graph(Relations));

    [GlobalCleanup]
    public void Cleanup() => BenchmarkCorpus.Release();

    [Benchmark]
    public DiplomaticGraph Build() => builder.Build();

    [Benchmark]
    public DiplomaticGraph Generate() => SyntheticGraph.Generate(BenchmarkCorpus.Options(Relations));
}
