using QuikGraph;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The bare topology of a graph for the QuikGraph baseline: vertices are ints (entity positions), edges are
/// <see cref="SEdge{TVertex}"/> structs, one per relation, parallel edges kept. What QuikGraph costs with nothing of ours on top.
/// </summary>
public sealed class IntTopology
{
    private readonly Dictionary<string, int> index;

    public IntTopology(DiplomaticGraph graph)
    {
        index = new Dictionary<string, int>(graph.Entities.Length, StringComparer.Ordinal);
        for (var i = 0; i < graph.Entities.Length; i++)
        {
            index[graph.Entities[i].Id] = i;
        }

        var bidirectional = new BidirectionalGraph<int, SEdge<int>>(allowParallelEdges: true, vertexCapacity: graph.Entities.Length, edgeCapacity: -1);
        bidirectional.AddVertexRange(Enumerable.Range(0, graph.Entities.Length));
        foreach (var relation in graph.Relations)
        {
            bidirectional.AddEdge(new SEdge<int>(index[relation.From], index[relation.To]));
        }

        Graph = bidirectional;
        Undirected = new UndirectedBidirectionalGraph<int, SEdge<int>>(bidirectional);
    }

    /// <summary>Relations as directed int edges.</summary>
    public BidirectionalGraph<int, SEdge<int>> Graph { get; }

    /// <summary>The same edges seen undirected (a path may follow a relation either way).</summary>
    public UndirectedBidirectionalGraph<int, SEdge<int>> Undirected { get; }

    /// <summary>The vertex of an entity id.</summary>
    public int Of(string id) => index[id];
}
