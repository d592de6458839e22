using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// What every path query shares: the two ends as positions of the graph's <see cref="StepAdjacency"/>, the filter compiled
/// against it, the checked cost, and turning positions back into a <see cref="GraphPath"/>.
/// </summary>
internal sealed class PathRequest
{
    private readonly DiplomaticGraph graph;
    private readonly QueryFilter filter;
    private readonly Func<Relation, double>? cost;

    public PathRequest(DiplomaticGraph graph, string from, string to, QueryFilter? filter, Func<Relation, double>? cost)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.graph = graph;
        this.filter = filter ?? QueryFilter.Default;
        this.cost = cost is null ? null : Checked(cost);
        From = QueryInput.Entity(graph, from);
        To = QueryInput.Entity(graph, to);
        Adjacency = graph.QueryIndexes.Steps;
        Steps = new StepFilter(Adjacency, this.filter);
        Source = graph.QueryIndexes.PositionOf(From);
        Target = graph.QueryIndexes.PositionOf(To);
    }

    public Entity From { get; }

    public Entity To { get; }

    public StepAdjacency Adjacency { get; }

    public StepFilter Steps { get; }

    public int Source { get; }

    public int Target { get; }

    /// <summary>The best path between two positions avoiding <paramref name="banned"/>: fewest hops, or least cost with a cost.</summary>
    public (List<int> Path, double Cost)? Best(int source, int target, Func<int, int, int, bool>? banned = null)
    {
        if (cost is null)
        {
            return BidirectionalBfs.Path(Adjacency, Steps, source, target, banned) is { } path ? (path, path.Count - 1) : null;
        }

        var relations = graph.Relations;
        return Dijkstra.Path(Adjacency, Steps, r => cost(relations[r]), source, target, banned);
    }

    /// <summary>The cost of a step: its cheapest allowed relation (one per hop without a cost).</summary>
    public double StepCost(int from, int to) => cost is null ? 1 : StepRelations(graph.QueryIndexes.Entities[from], graph.QueryIndexes.Entities[to]).Min(cost);

    /// <summary>A path through the positions, each step over its cheapest allowed relation (the earliest among equals).</summary>
    public GraphPath ToPath(IReadOnlyList<int> positions)
    {
        var entities = graph.QueryIndexes.Entities;
        var hops = new List<PathHop>(positions.Count - 1);
        for (var i = 1; i < positions.Count; i++)
        {
            var (from, to) = (entities[positions[i - 1]], entities[positions[i]]);
            var steps = StepRelations(from, to);
            var relation = cost is null ? steps.First() : steps.MinBy(cost)!;
            hops.Add(new PathHop(relation, from, to, relation.Time, ResolvedCitation.Of(relation.Citations[0], graph)));
        }

        return new GraphPath(entities[positions[0]], [.. hops]);
    }

    /// <summary>Allowed relations for one step, in time order (an index lookup).</summary>
    private IEnumerable<Relation> StepRelations(Entity from, Entity to) =>
        graph.RelationsBetween(from.Id, to.Id).Where(r => filter.Allows(r) && (!filter.Directed || (r.From == from.Id && r.To == to.Id)));

    private static Func<Relation, double> Checked(Func<Relation, double> cost) => relation =>
    {
        var value = cost(relation);
        return double.IsNaN(value) || value < 0
            ? throw new ArgumentException($"A path cost must be zero or more; the cost function gave {value} for relation '{relation.Id}'.", nameof(cost))
            : value;
    };
}
