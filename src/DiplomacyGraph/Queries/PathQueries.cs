using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// Paths between two entities over the graph's int topology: shortest (bidirectional breadth-first search), cheapest (Dijkstra with
/// the caller's cost), k shortest (Yen) and all simple paths up to a length (bounded). Undirected unless
/// <see cref="QueryFilter.Directed"/>; only <see cref="Assertion.Stated"/> relations unless <see cref="QueryFilter.Assertions"/>
/// widens them, and never a <see cref="Assertion.Denied"/> one. A path is a sequence of entities; where several relations join two
/// consecutive entities, the hop shows the cheapest, earliest one (its <see cref="PathHop.Assertion"/> shown), so parallel
/// relations never make two "different" paths.
/// </summary>
public static class PathQueries
{
    /// <summary>The most paths <see cref="AllPaths"/> returns by default before it stops with <see cref="PathSearchLimitException"/>.</summary>
    public const int DefaultMaxPaths = 10_000;

    /// <summary>The most relation steps <see cref="AllPaths"/> walks by default before it stops with <see cref="PathSearchLimitException"/>.</summary>
    public const long DefaultMaxSteps = 20_000_000;

    /// <summary>The path with the fewest hops, or <see langword="null"/> when there is none (bidirectional breadth-first search).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="from">The id of the start.</param>
    /// <param name="to">The id of the end.</param>
    /// <param name="filter">Types, kinds, assertions, window and direction; <see cref="QueryFilter.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="EntityResolutionException">Either is neither an id nor a name that resolves to one entity (ids and names both work).</exception>
    /// <example><code>graph.ShortestPath("mumtaz-zahra-baloch", "amir-khan-muttaqi")?.ToString();</code></example>
    public static GraphPath? ShortestPath(this DiplomaticGraph graph, string from, string to, QueryFilter? filter = null)
    {
        var request = new PathRequest(graph, from, to, filter, cost: null);
        return request.Best(request.Source, request.Target) is { } best ? request.ToPath(best.Path) : null;
    }

    /// <summary>The path of least total cost (Dijkstra with the caller's cost), or <see langword="null"/> when there is none.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="from">The id of the start.</param>
    /// <param name="to">The id of the end.</param>
    /// <param name="cost">The cost of walking a relation: zero or more (for example, higher for <c>Alleged</c> relations).</param>
    /// <param name="filter">Types, kinds, assertions, window and direction; <see cref="QueryFilter.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="EntityResolutionException">Either is neither an id nor a name that resolves to one entity (ids and names both work).</exception>
    /// <exception cref="ArgumentException">The cost function gave a negative number or NaN.</exception>
    public static GraphPath? CheapestPath(this DiplomaticGraph graph, string from, string to, Func<Relation, double> cost, QueryFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var request = new PathRequest(graph, from, to, filter, cost);
        return request.Best(request.Source, request.Target) is { } best ? request.ToPath(best.Path) : null;
    }

    /// <summary>Up to <paramref name="k"/> shortest loopless paths, cheapest first (Yen's algorithm over the int topology).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="from">The id of the start.</param>
    /// <param name="to">The id of the end.</param>
    /// <param name="k">How many paths at most; one or more.</param>
    /// <param name="filter">Types, kinds, assertions, window and direction; <see cref="QueryFilter.Default"/> when <see langword="null"/>.</param>
    /// <param name="cost">The cost of walking a relation (zero or more); one per hop when <see langword="null"/>.</param>
    /// <remarks>Each spur search is the same search <see cref="ShortestPath"/> (or, with a cost, <see cref="CheapestPath"/>) runs,
    /// with banned steps; nothing is copied per call.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than one.</exception>
    public static ImmutableArray<GraphPath> KShortestPaths(
        this DiplomaticGraph graph, string from, string to, int k, QueryFilter? filter = null, Func<Relation, double>? cost = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var request = new PathRequest(graph, from, to, filter, cost);
        var first = request.Best(request.Source, request.Target);
        if (first is { } only && only.Path.Count == 1)
        {
            return [request.ToPath(only.Path)];
        }

        var paths = YenPaths.Find(first, k, (s, t, banned) => request.Best(s, t, banned), request.StepCost);
        return [.. paths.Select(request.ToPath)];
    }

    /// <summary>
    /// Every simple path (no entity twice) of at most <paramref name="maxHops"/> hops, shortest first, then in discovery order.
    /// </summary>
    /// <remarks>A depth-first search over the int topology, pruned by each entity's distance to the end, so it only enters branches
    /// that can still arrive within the bound. The number of paths can grow exponentially with the bound: past
    /// <paramref name="maxPaths"/> paths or <paramref name="maxSteps"/> relation steps it stops with
    /// <see cref="PathSearchLimitException"/> (a clear message), never a hang.</remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="from">The id of the start.</param>
    /// <param name="to">The id of the end.</param>
    /// <param name="maxHops">The longest path wanted; one or more.</param>
    /// <param name="filter">Types, kinds, assertions, window and direction; <see cref="QueryFilter.Default"/> when <see langword="null"/>.</param>
    /// <param name="maxPaths">The most paths to return (<see cref="DefaultMaxPaths"/>); one more is an error.</param>
    /// <param name="maxSteps">The most relation steps to walk (<see cref="DefaultMaxSteps"/>); one more is an error.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxHops"/>, <paramref name="maxPaths"/> or <paramref name="maxSteps"/> is less than one.</exception>
    /// <exception cref="PathSearchLimitException">More paths than <paramref name="maxPaths"/>, or more work than <paramref name="maxSteps"/>.</exception>
    public static ImmutableArray<GraphPath> AllPaths(
        this DiplomaticGraph graph, string from, string to, int maxHops, QueryFilter? filter = null, int maxPaths = DefaultMaxPaths, long maxSteps = DefaultMaxSteps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPaths, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 1);
        var request = new PathRequest(graph, from, to, filter, cost: null);
        var paths = BoundedPaths.Find(
            request.Adjacency, request.Steps, request.Source, request.Target, maxHops, maxPaths, maxSteps, () => $"All paths from {request.From.Name} to {request.To.Name} within {maxHops} hops");
        return [.. paths.Select(request.ToPath)];
    }
}
