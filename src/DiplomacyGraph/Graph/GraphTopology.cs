using DiplomacyGraph.Model;
using QuikGraph;

namespace DiplomacyGraph;

/// <summary>
/// The graph's topology with entity positions as vertices, for searches that QuikGraph runs fastest on value-type vertices:
/// vertex <c>i</c> is <see cref="DiplomaticGraph.Entities"/>[i], one <see cref="SEdge{TVertex}"/> per relation (from → to,
/// parallel edges kept, added in <see cref="DiplomaticGraph.Relations"/> order as <see cref="DiplomaticGraph.AsQuikGraph"/> does,
/// so searches visit in the same order). Built once per graph, on first use; immutable afterwards.
/// </summary>
internal sealed class GraphTopology
{
    private readonly Dictionary<string, int> positions;
    private readonly Lazy<BidirectionalGraph<int, SEdge<int>>> directed;
    private readonly Lazy<UndirectedBidirectionalGraph<int, SEdge<int>>> undirected;
    private readonly Lazy<TemporalAdjacency> temporal;

    public GraphTopology(DiplomaticGraph graph)
    {
        Entities = graph.Entities;
        positions = new Dictionary<string, int>(graph.Entities.Length, StringComparer.Ordinal);
        for (var i = 0; i < graph.Entities.Length; i++)
        {
            positions[graph.Entities[i].Id] = i;
        }

        directed = new Lazy<BidirectionalGraph<int, SEdge<int>>>(() => BuildDirected(graph, positions), LazyThreadSafetyMode.ExecutionAndPublication);
        undirected = new Lazy<UndirectedBidirectionalGraph<int, SEdge<int>>>(
            () => new UndirectedBidirectionalGraph<int, SEdge<int>>(directed.Value), LazyThreadSafetyMode.ExecutionAndPublication);
        temporal = new Lazy<TemporalAdjacency>(() => new TemporalAdjacency(graph, positions), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The entity of each vertex.</summary>
    public System.Collections.Immutable.ImmutableArray<Entity> Entities { get; }

    /// <summary>Relations as directed edges between entity positions (built on first use).</summary>
    public BidirectionalGraph<int, SEdge<int>> Directed => directed.Value;

    /// <summary>The same edges, each walkable either way (built on first use).</summary>
    public UndirectedBidirectionalGraph<int, SEdge<int>> Undirected => undirected.Value;

    /// <summary>Each entity's relations as arrays of neighbours and day numbers, for time-respecting searches (built on first use).</summary>
    public TemporalAdjacency Temporal => temporal.Value;

    /// <summary>The vertex of an entity of this graph.</summary>
    public int PositionOf(Entity entity) => positions[entity.Id];

    private static BidirectionalGraph<int, SEdge<int>> BuildDirected(DiplomaticGraph graph, Dictionary<string, int> positions)
    {
        // No edgeCapacity: QuikGraph would reserve it for every vertex's edge lists (see QuikGraphView).
        var directed = new BidirectionalGraph<int, SEdge<int>>(allowParallelEdges: true, vertexCapacity: graph.Entities.Length, edgeCapacity: -1);
        directed.AddVertexRange(Enumerable.Range(0, graph.Entities.Length));
        foreach (var relation in graph.Relations)
        {
            directed.AddEdge(new SEdge<int>(positions[relation.From], positions[relation.To]));
        }

        return directed;
    }
}
