using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Index lookups a user makes all the time: the relations between a pair, the relations of one entity.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private DiplomaticGraph graph = DiplomaticGraph.Empty;
    private (string A, string B)[] pairs = [];
    private Entity[] entities = [];
    private int next;

    [Params(10_000, 100_000, 1_000_000)]
    public int Relations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        graph = BenchmarkCorpus.Graph(Relations);
        pairs = RandomPicks.RelatedPairs(graph);
        entities = RandomPicks.Entities(graph);
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkCorpus.Release();

    [Benchmark]
    public ImmutableArray<Relation> RelationsBetween()
    {
        var (a, b) = pairs[next++ % pairs.Length];
        return graph.RelationsBetween(a, b);
    }

    [Benchmark]
    public ImmutableArray<Relation> RelationsOf() => graph.RelationsOf(entities[next++ % entities.Length].Id);
}
