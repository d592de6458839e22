using DiplomacyGraph.Model;
using QuikGraph;

namespace DiplomacyGraph;

/// <summary>Adapts a <see cref="DiplomaticGraph"/> to QuikGraph once, as an immutable array-backed graph.</summary>
internal static class QuikGraphView
{
    public static IBidirectionalGraph<Entity, RelationEdge> Create(DiplomaticGraph graph)
    {
        var mutable = new BidirectionalGraph<Entity, RelationEdge>(allowParallelEdges: true, vertexCapacity: graph.Entities.Length, edgeCapacity: graph.Relations.Length);
        mutable.AddVertexRange(graph.Entities);
        foreach (var relation in graph.Relations)
        {
            mutable.AddEdge(new RelationEdge(relation, graph.GetEntity(relation.From), graph.GetEntity(relation.To)));
        }

        return new ArrayBidirectionalGraph<Entity, RelationEdge>(mutable);
    }
}
