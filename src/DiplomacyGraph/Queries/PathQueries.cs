using System.Collections.Immutable;
using DiplomacyGraph.Model;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace DiplomacyGraph.Queries;

/// <summary>
/// Paths between two entities over <see cref="DiplomaticGraph.AsQuikGraph"/>, with QuikGraph's algorithms: shortest (Dijkstra,
/// unit or caller-supplied cost), k shortest (Yen) and all simple paths up to a length. Undirected unless
/// <see cref="PathOptions.Directed"/>. A path is a sequence of entities; where several relations join two consecutive entities,
/// the hop shows the cheapest, earliest one, so parallel relations never make two "different" paths.
/// </summary>
public static class PathQueries
{
    /// <summary>The path with the fewest hops, or <see langword="null"/> when there is none.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="from">The id of the start.</param>
    /// <param name="to">The id of the end.</param>
    /// <param name="options">Filters and direction; <see cref="PathOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="EntityResolutionException">Either is neither an id nor a name that resolves to one entity (ids and names both work).</exception>
    /// <example><code>graph.ShortestPath("mumtaz-zahra-baloch", "amir-khan-muttaqi")?.ToString();</code></example>
    public static GraphPath? ShortestPath(this DiplomaticGraph graph, string from, string to, PathOptions? options = null) =>
        new PathView(graph, from, to, options, cost: null).Cheapest();

    /// <summary>The path of least total cost (QuikGraph's Dijkstra with the caller's cost), or <see langword="null"/> when there is none.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="from">The id of the start.</param>
    /// <param name="to">The id of the end.</param>
    /// <param name="cost">The cost of walking a relation: zero or more (for example, higher for <c>Alleged</c> relations).</param>
    /// <param name="options">Filters and direction; <see cref="PathOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="EntityResolutionException">Either is neither an id nor a name that resolves to one entity (ids and names both work).</exception>
    /// <exception cref="ArgumentException">The cost function gave a negative number or NaN.</exception>
    public static GraphPath? CheapestPath(this DiplomaticGraph graph, string from, string to, Func<Relation, double> cost, PathOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return new PathView(graph, from, to, options, cost).Cheapest();
    }

    /// <summary>Up to <paramref name="k"/> shortest loopless paths, cheapest first (Yen's algorithm, as QuikGraph implements it).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="from">The id of the start.</param>
    /// <param name="to">The id of the end.</param>
    /// <param name="k">How many paths at most; one or more.</param>
    /// <param name="options">Filters and direction; <see cref="PathOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cost">The cost of walking a relation (zero or more); one per hop when <see langword="null"/>.</param>
    /// <remarks>Yen's algorithm in QuikGraph needs an <see cref="AdjacencyGraph{TVertex,TEdge}"/> of tagged edges, so each call
    /// builds one from the filtered view: one edge per pair of neighbouring entities (both ways when undirected).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than one.</exception>
    public static ImmutableArray<GraphPath> KShortestPaths(
        this DiplomaticGraph graph, string from, string to, int k, PathOptions? options = null, Func<Relation, double>? cost = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var view = new PathView(graph, from, to, options, cost);
        var shortest = view.Cheapest();
        if (shortest is null || shortest.Length == 0)
        {
            return shortest is null ? [] : [shortest];
        }

        var steps = new AdjacencyGraph<Entity, EquatableTaggedEdge<Entity, double>>(allowParallelEdges: false);
        steps.AddVertexRange(view.Filtered.Vertices);
        foreach (var entity in steps.Vertices.ToList())
        {
            foreach (var next in view.Neighbours(entity))
            {
                steps.AddEdge(new EquatableTaggedEdge<Entity, double>(entity, next, view.StepCost(entity, next)));
            }
        }

        var yen = new YenShortestPathsAlgorithm<Entity>(steps, view.From, view.To, k, e => e.Tag);
        return [.. yen.Execute().Select(path => view.ToPath([view.From, .. path.Select(e => e.Target)]))];
    }

    /// <summary>
    /// Every simple path (no entity twice) of at most <paramref name="maxHops"/> hops, shortest first, then in discovery order.
    /// </summary>
    /// <remarks>QuikGraph has no bounded all-simple-paths enumeration, so this is a depth-first search written here, over the
    /// same filtered QuikGraph view the other path queries use. The number of paths can grow exponentially with the bound.</remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="from">The id of the start.</param>
    /// <param name="to">The id of the end.</param>
    /// <param name="maxHops">The longest path wanted; one or more.</param>
    /// <param name="options">Filters and direction; <see cref="PathOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxHops"/> is less than one.</exception>
    public static ImmutableArray<GraphPath> AllPaths(this DiplomaticGraph graph, string from, string to, int maxHops, PathOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        var view = new PathView(graph, from, to, options, cost: null);
        var found = new List<GraphPath>();
        var trail = new List<Entity> { view.From };
        var onTrail = new HashSet<Entity> { view.From };
        Walk();
        return [.. found.OrderBy(p => p.Length)];

        void Walk()
        {
            var here = trail[^1];
            if (here == view.To && trail.Count > 1)
            {
                found.Add(view.ToPath(trail));
                return;
            }

            if (trail.Count > maxHops)
            {
                return;
            }

            foreach (var next in view.Neighbours(here))
            {
                if (onTrail.Add(next))
                {
                    trail.Add(next);
                    Walk();
                    trail.RemoveAt(trail.Count - 1);
                    onTrail.Remove(next);
                }
            }
        }
    }
}
