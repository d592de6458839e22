using DiplomacyGraph.Model;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;
using QuikGraph.Predicates;

namespace DiplomacyGraph.Queries;

/// <summary>
/// The part of <see cref="DiplomaticGraph.AsQuikGraph"/> a path query may use, as a QuikGraph filtered view (no copy):
/// relations passing <see cref="PathOptions.Allows"/>, entities passing <see cref="PathOptions.AllowsThrough"/> or being an end.
/// </summary>
internal sealed class PathView
{
    private readonly DiplomaticGraph graph;
    private readonly PathOptions options;
    private readonly Func<Relation, double> cost;
    private readonly bool unitCost;
    private readonly Lazy<FilteredBidirectionalGraph<Entity, RelationEdge, IBidirectionalGraph<Entity, RelationEdge>>> filtered;

    public PathView(DiplomaticGraph graph, string from, string to, PathOptions? options, Func<Relation, double>? cost)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.graph = graph;
        this.options = options ?? PathOptions.Default;
        this.cost = cost is null ? static _ => 1d : Checked(cost);
        unitCost = cost is null;
        From = QueryInput.Entity(graph, from);
        To = QueryInput.Entity(graph, to);
        var start = From;
        var end = To;
        var opts = this.options;
        filtered = new Lazy<FilteredBidirectionalGraph<Entity, RelationEdge, IBidirectionalGraph<Entity, RelationEdge>>>(() => new(
            graph.AsQuikGraph(), v => v == start || v == end || opts.AllowsThrough(v), e => opts.Allows(e.Relation)));
    }

    public Entity From { get; }

    public Entity To { get; }

    /// <summary>The filtered view (made on first use: the unfiltered fewest-hops search never needs it).</summary>
    public FilteredBidirectionalGraph<Entity, RelationEdge, IBidirectionalGraph<Entity, RelationEdge>> Filtered => filtered.Value;

    /// <summary>
    /// The cheapest path (directed, or over the undirected view of the filtered graph): with one per hop, QuikGraph's
    /// breadth-first search, stopped when the end is found; with a caller's cost, QuikGraph's Dijkstra.
    /// </summary>
    public GraphPath? Cheapest()
    {
        if (From == To)
        {
            return new GraphPath(From, []);
        }

        if (unitCost && options with { Directed = false } == PathOptions.Default)
        {
            return FewestHopsUnfiltered() is { } positions ? ToPath([.. positions.Select(p => graph.Topology.Entities[p])]) : null;
        }

        var edges = unitCost ? FewestHops() : CheapestEdges();
        return edges is null ? null : ToPath(Walk(From, edges));
    }

    /// <summary>The vertices a path of edges passes through, from <paramref name="start"/>, each edge walked either way.</summary>
    private static List<TVertex> Walk<TVertex, TEdge>(TVertex start, IEnumerable<TEdge> edges)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var sequence = new List<TVertex> { start };
        foreach (var edge in edges)
        {
            sequence.Add(EqualityComparer<TVertex>.Default.Equals(edge.Source, sequence[^1]) ? edge.Target : edge.Source);
        }

        return sequence;
    }

    /// <summary>
    /// Without filters, the fewest-hops search runs QuikGraph's breadth-first search on the graph's int-vertex topology
    /// (entity positions; <see cref="GraphTopology"/>), where its colour and predecessor maps are keyed by ints, not entities.
    /// The topology adds relations in the same order as <see cref="DiplomaticGraph.AsQuikGraph"/>, so the path found is the same.
    /// </summary>
    private List<int>? FewestHopsUnfiltered()
    {
        var topology = graph.Topology;
        var start = topology.PositionOf(From);
        var end = topology.PositionOf(To);
        return BreadthFirstPath(options.Directed, topology.Directed, () => topology.Undirected, start, end) is { } path ? Walk(start, path) : null;
    }

    private IEnumerable<RelationEdge>? CheapestEdges()
    {
        var paths = options.Directed
            ? Filtered.ShortestPathsDijkstra(e => cost(e.Relation), From)
            : new UndirectedBidirectionalGraph<Entity, RelationEdge>(Filtered).ShortestPathsDijkstra(e => cost(e.Relation), From);
        return paths(To, out var edges) ? edges : null;
    }

    /// <summary>
    /// A path of fewest hops through the filtered view by breadth-first search, aborted as soon as the end is discovered
    /// (Dijkstra would settle the whole component first).
    /// </summary>
    private IEnumerable<RelationEdge>? FewestHops()
    {
        var searched = Filtered;
        return BreadthFirstPath(options.Directed, searched, () => new UndirectedBidirectionalGraph<Entity, RelationEdge>(searched), From, To);
    }

    /// <summary>
    /// The edges of a fewest-hops path from <paramref name="start"/> to <paramref name="end"/> by QuikGraph's breadth-first search
    /// (directed over <paramref name="graph"/>, else undirected over <paramref name="undirectedView"/>), aborted as soon as the end
    /// is discovered; null when the end is not reached.
    /// </summary>
    private static IEnumerable<TEdge>? BreadthFirstPath<TVertex, TEdge>(
        bool directed, IVertexListGraph<TVertex, TEdge> graph, Func<IUndirectedGraph<TVertex, TEdge>> undirectedView, TVertex start, TVertex end)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        if (directed)
        {
            var search = new BreadthFirstSearchAlgorithm<TVertex, TEdge>(graph);
            var predecessors = new VertexPredecessorRecorderObserver<TVertex, TEdge>();
            search.DiscoverVertex += v => StopAt(search, v, end);
            using (predecessors.Attach(search))
            {
                search.Compute(start);
            }

            return predecessors.TryGetPath(end, out var path) ? path : null;
        }

        var undirected = new UndirectedBreadthFirstSearchAlgorithm<TVertex, TEdge>(undirectedView());
        var undirectedPredecessors = new UndirectedVertexPredecessorRecorderObserver<TVertex, TEdge>();
        undirected.DiscoverVertex += v => StopAt(undirected, v, end);
        using (undirectedPredecessors.Attach(undirected))
        {
            undirected.Compute(start);
        }

        return undirectedPredecessors.TryGetPath(end, out var undirectedPath) ? undirectedPath : null;
    }

    private static void StopAt<TVertex>(IAlgorithm<IImplicitVertexSet<TVertex>> search, TVertex discovered, TVertex end)
        where TVertex : notnull
    {
        if (EqualityComparer<TVertex>.Default.Equals(discovered, end))
        {
            search.Abort();
        }
    }

    /// <summary>The distinct entities one allowed step away (following direction when directed); self-loops are no step.</summary>
    public IEnumerable<Entity> Neighbours(Entity entity)
    {
        var next = Filtered.OutEdges(entity).Select(e => e.Target);
        if (!options.Directed)
        {
            next = next.Concat(Filtered.InEdges(entity).Select(e => e.Source));
        }

        return next.Where(n => n != entity).Distinct();
    }

    /// <summary>The cost of the cheapest allowed relation for the step (parallel relations collapse into one step).</summary>
    public double StepCost(Entity from, Entity to) => Steps(from, to).Min(cost);

    /// <summary>A path through the entities, each step over its cheapest allowed relation (the earliest among equals).</summary>
    public GraphPath ToPath(IReadOnlyList<Entity> sequence)
    {
        var hops = new List<PathHop>(sequence.Count - 1);
        for (var i = 1; i < sequence.Count; i++)
        {
            var relation = Steps(sequence[i - 1], sequence[i]).MinBy(cost)!;
            hops.Add(new PathHop(relation, sequence[i - 1], sequence[i], relation.Time, SourcedCitation.Of(relation.Citations[0], graph)));
        }

        return new GraphPath(sequence[0], [.. hops]);
    }

    /// <summary>Allowed relations for one step, in time order (an index lookup).</summary>
    private IEnumerable<Relation> Steps(Entity from, Entity to) =>
        graph.RelationsBetween(from.Id, to.Id).Where(r => options.Allows(r) && (!options.Directed || (r.From == from.Id && r.To == to.Id)));

    private static Func<Relation, double> Checked(Func<Relation, double> cost) => relation =>
    {
        var value = cost(relation);
        return double.IsNaN(value) || value < 0
            ? throw new ArgumentException($"A path cost must be zero or more; the cost function gave {value} for relation '{relation.Id}'.", nameof(cost))
            : value;
    };
}
