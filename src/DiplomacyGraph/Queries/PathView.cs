using DiplomacyGraph.Model;
using QuikGraph;
using QuikGraph.Algorithms;
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

    public PathView(DiplomaticGraph graph, string from, string to, PathOptions? options, Func<Relation, double>? cost)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.graph = graph;
        this.options = options ?? PathOptions.Default;
        this.cost = cost is null ? static _ => 1d : Checked(cost);
        From = graph.GetEntity(from);
        To = graph.GetEntity(to);
        var start = From;
        var end = To;
        var opts = this.options;
        Filtered = new FilteredBidirectionalGraph<Entity, RelationEdge, IBidirectionalGraph<Entity, RelationEdge>>(
            graph.AsQuikGraph(), v => v == start || v == end || opts.AllowsThrough(v), e => opts.Allows(e.Relation));
    }

    public Entity From { get; }

    public Entity To { get; }

    public FilteredBidirectionalGraph<Entity, RelationEdge, IBidirectionalGraph<Entity, RelationEdge>> Filtered { get; }

    /// <summary>The cheapest path by QuikGraph's Dijkstra (directed, or over the undirected view of the filtered graph).</summary>
    public GraphPath? Cheapest()
    {
        if (From == To)
        {
            return new GraphPath(From, []);
        }

        var paths = options.Directed
            ? Filtered.ShortestPathsDijkstra(e => cost(e.Relation), From)
            : new UndirectedBidirectionalGraph<Entity, RelationEdge>(Filtered).ShortestPathsDijkstra(e => cost(e.Relation), From);
        if (!paths(To, out var edges))
        {
            return null;
        }

        var sequence = new List<Entity> { From };
        foreach (var edge in edges)
        {
            sequence.Add(edge.Source == sequence[^1] ? edge.Target : edge.Source);
        }

        return ToPath(sequence);
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
