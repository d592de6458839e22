using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Synthetic;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Making a graph in memory: the generator, and validating plus indexing through <see cref="GraphBuilder.Build"/>.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private GraphBuilder builder = new();

    [ParamsSource(nameof(Sizes))]
    public int Relations { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.All;

    [GlobalSetup]
    public void Setup() => builder = GraphBuilder.From(BenchmarkCorpus.Graph(Relations));

    [GlobalCleanup]
    public void Cleanup() => BenchmarkCorpus.Release();

    [Benchmark]
    public DiplomaticGraph Build() => builder.Build();

    [Benchmark]
    public DiplomaticGraph Generate() => SyntheticGraph.Generate(BenchmarkCorpus.Options(Relations));
}
