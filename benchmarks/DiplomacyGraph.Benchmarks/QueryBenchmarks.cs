using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Benchmarks;

/// <summary>What a user asks all the time: the history of a pair, the timeline of one entity, and the index lookups under them.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks : CorpusBenchmark
{
    private DiplomaticGraph graph = DiplomaticGraph.Empty;
    private (string A, string B)[] pairs = [];
    private Entity[] entities = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        graph = BenchmarkCorpus.Graph(Relations);
        pairs = RandomPicks.RelatedPairs(graph);
        entities = RandomPicks.Entities(graph);
    }

    [Benchmark]
    public ImmutableArray<HistoryEntry> History()
    {
        var (a, b) = pairs[next++ % pairs.Length];
        return graph.History(a, b);
    }

    [Benchmark]
    public ImmutableArray<HistoryEntry> Timeline() => graph.Timeline(entities[next++ % entities.Length].Id);

    [Benchmark]
    public ImmutableArray<Relation> RelationsBetween()
    {
        var (a, b) = pairs[next++ % pairs.Length];
        return graph.RelationsBetween(a, b);
    }

    [Benchmark]
    public ImmutableArray<Relation> RelationsOf() => graph.RelationsOf(entities[next++ % entities.Length].Id);
}
