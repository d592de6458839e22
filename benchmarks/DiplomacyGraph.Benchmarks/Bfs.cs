using QuikGraph;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Unweighted shortest path with QuikGraph's own undirected breadth-first search, stopping when the target is discovered.</summary>
public static class Bfs
{
    /// <summary>The edges of a shortest path from <paramref name="source"/> to <paramref name="target"/> ignoring direction, or null when there is none.</summary>
    public static IEnumerable<TEdge>? ShortestPath<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, TVertex source, TVertex target)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var search = new UndirectedBreadthFirstSearchAlgorithm<TVertex, TEdge>(graph);
        var predecessors = new UndirectedVertexPredecessorRecorderObserver<TVertex, TEdge>();
        var comparer = EqualityComparer<TVertex>.Default;
        search.DiscoverVertex += vertex =>
        {
            if (comparer.Equals(vertex, target))
            {
                search.Abort();
            }
        };
        using (predecessors.Attach(search))
        {
            search.Compute(source);
        }

        return comparer.Equals(source, target) ? [] : predecessors.TryGetPath(target, out var path) ? path : null;
    }
}
