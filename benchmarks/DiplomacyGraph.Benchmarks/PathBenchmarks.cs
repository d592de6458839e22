using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Model;
using QuikGraph;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// Shortest paths between random entity pairs, next to the baseline: QuikGraph's breadth-first search on a bare
/// int graph of the same relations. The ratio to the baseline is our overhead.
/// </summary>
[MemoryDiagnoser]
public class PathBenchmarks
{
    private (Entity A, Entity B)[] pairs = [];
    private IntTopology topology = null!;
    private UndirectedBidirectionalGraph<Entity, RelationEdge> entities = null!;
    private int next;

    [Params(10_000, 100_000, 1_000_000)]
    public int Relations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var graph = BenchmarkCorpus.Graph(Relations);
        pairs = RandomPicks.EntityPairs(graph);
        topology = new IntTopology(graph);
        entities = new UndirectedBidirectionalGraph<Entity, RelationEdge>(graph.AsQuikGraph());
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkCorpus.Release();

    [Benchmark(Baseline = true, Description = "QuikGraph BFS, int graph (baseline)")]
    public int RawQuikGraph()
    {
        var (a, b) = Next();
        return Bfs.ShortestPath(topology.Undirected, topology.Of(a.Id), topology.Of(b.Id))?.Count() ?? -1;
    }

    [Benchmark(Description = "QuikGraph BFS over AsQuikGraph()")]
    public int AsQuikGraph()
    {
        var (a, b) = Next();
        return Bfs.ShortestPath(entities, a, b)?.Count() ?? -1;
    }

    private (Entity A, Entity B) Next() => pairs[next++ % pairs.Length];
}
