using DiplomacyGraph.Model;
using QuikGraph;

namespace DiplomacyGraph;

/// <summary>Adapts a <see cref="DiplomaticGraph"/> to QuikGraph once, as an immutable array-backed graph.</summary>
internal static class QuikGraphAdapter
{
    public static IBidirectionalGraph<Entity, RelationEdge> Create(DiplomaticGraph graph)
    {
        // No edgeCapacity: QuikGraph gives it to each vertex's in- and out-edge lists, so the relation count there would
        // reserve entities x relations x 2 slots (terabytes at a million relations).
        var mutable = new BidirectionalGraph<Entity, RelationEdge>(allowParallelEdges: true, vertexCapacity: graph.Entities.Length, edgeCapacity: -1);
        mutable.AddVertexRange(graph.Entities);
        foreach (var relation in graph.Relations)
        {
            mutable.AddEdge(new RelationEdge(relation, graph.GetEntity(relation.From), graph.GetEntity(relation.To)));
        }

        return new ArrayBidirectionalGraph<Entity, RelationEdge>(mutable);
    }
}
