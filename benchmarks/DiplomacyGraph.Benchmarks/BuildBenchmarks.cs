using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Making a graph in memory: the generator, and validating plus indexing through <see cref="GraphBuilder.Build"/>.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks : CorpusBenchmark
{
    private GraphBuilder builder = new();

    [GlobalSetup]
    public void Setup() => builder = GraphBuilder.From(BenchmarkCorpus.Graph(Relations));

    [Benchmark]
    public DiplomaticGraph Build() => builder.Build();

    [Benchmark]
    public DiplomaticGraph Generate() => SyntheticGraph.Generate(BenchmarkCorpus.Options(Relations));
}
