using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>An entity's neighbourhood as a slice of the graph (like NetworkX's <c>ego_graph</c>).</summary>
public static class NeighbourhoodQueries
{
    /// <summary>
    /// The slice of everything within <paramref name="hops"/> relations of an entity: the entities reached by a breadth-first search
    /// over the relations the filter allows, and every allowed relation among them. A slice is itself a
    /// <see cref="DiplomaticGraph"/>, so every query works on it.
    /// </summary>
    /// <remarks>
    /// The filter is the one paths take: only <see cref="Assertion.Stated"/> relations unless <see cref="QueryFilter.Assertions"/>
    /// widens them, never a <see cref="Assertion.Denied"/> one; entities of avoided kinds are not reached (the centre always is);
    /// with <see cref="QueryFilter.Directed"/>, only what the centre's relations lead to. Self-loops are left out (no search walks
    /// them). The entity that claims a kept relation (<see cref="Relation.ClaimedBy"/>) is kept too, so the slice is a valid
    /// graph. Sources and relation types are kept whole.
    /// Cost: the relations of the entities reached, once; then building the slice.
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="entityId">The centre's id.</param>
    /// <param name="hops">How many relations away; zero or more.</param>
    /// <param name="filter">Types, kinds, assertions, window and direction; <see cref="QueryFilter.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="EntityResolutionException">It is neither an id nor a name that resolves to one entity (ids and names both work).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hops"/> is negative.</exception>
    /// <example><code>graph.Neighbourhood("muhammad-sadiq", 2).Entities.Length;</code></example>
    public static DiplomaticGraph Neighbourhood(this DiplomaticGraph graph, string entityId, int hops, QueryFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(hops);
        var centre = QueryInput.Entity(graph, entityId);
        var topology = graph.QueryIndexes;
        var adjacency = topology.Steps;
        var steps = new StepFilter(adjacency, filter ?? QueryFilter.Default);
        var source = topology.PositionOf(centre);
        var reached = new HashSet<int> { source };
        var level = new List<int> { source };
        for (var d = 0; d < hops && level.Count > 0; d++)
        {
            var next = new List<int>();
            foreach (var here in level)
            {
                for (var slot = adjacency.Start[here]; slot < adjacency.Start[here + 1]; slot++)
                {
                    var there = adjacency.Next[slot];
                    if (!reached.Contains(there) && steps.AllowsSlot(slot, forward: true) && steps.AllowsThrough(there))
                    {
                        reached.Add(there);
                        next.Add(there);
                    }
                }
            }

            level = next;
        }

        var relations = new SortedSet<int>();
        foreach (var here in reached)
        {
            for (var slot = adjacency.Start[here]; slot < adjacency.Start[here + 1]; slot++)
            {
                if (adjacency.Outgoing[slot] && reached.Contains(adjacency.Next[slot]) && steps.AllowsRelation(adjacency.RelationOf[slot]))
                {
                    relations.Add(adjacency.RelationOf[slot]);
                }
            }
        }

        // Who claims a kept relation stays too, so the slice is a valid graph (a claimant outside the hops is not reached).
        var kept = new HashSet<int>(reached);
        foreach (var r in relations)
        {
            if (graph.Relations[r].ClaimedBy is { } claimant && graph.TryGetEntity(claimant, out var who))
            {
                kept.Add(topology.PositionOf(who));
            }
        }

        var entities = kept.Order().Select(p => topology.Entities[p]);
        return GraphBuilder.From(graph.ExtensionTypes, graph.Sources, entities, relations.Select(r => graph.Relations[r])).Build();
    }
}
