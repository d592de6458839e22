using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using QuikGraph;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// Shortest and time-respecting paths between random entity pairs, next to the baseline: QuikGraph's breadth-first
/// search on a bare int graph of the same relations (a static BFS). The ratio to the baseline is our overhead.
/// </summary>
[MemoryDiagnoser]
public class PathBenchmarks : CorpusBenchmark
{
    private (Entity A, Entity B)[] pairs = [];
    private static readonly DateOnly Start = new(1995, 1, 1);
    private DiplomaticGraph graph = DiplomaticGraph.Empty;
    private IntTopology topology = null!;
    private UndirectedBidirectionalGraph<Entity, RelationEdge> entities = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        graph = BenchmarkCorpus.Graph(Relations);
        pairs = RandomPicks.EntityPairs(graph);
        topology = new IntTopology(graph);
        entities = new UndirectedBidirectionalGraph<Entity, RelationEdge>(graph.AsQuikGraph());
    }

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

    [Benchmark]
    public int ShortestPath()
    {
        var (a, b) = Next();
        return graph.ShortestPath(a.Id, b.Id)?.Length ?? -1;
    }

    [Benchmark]
    public int EarliestArrival()
    {
        var (a, b) = Next();
        return graph.EarliestArrival(a.Id, b.Id, Start)?.Path.Length ?? -1;
    }

    private (Entity A, Entity B) Next() => pairs[next++ % pairs.Length];
}
