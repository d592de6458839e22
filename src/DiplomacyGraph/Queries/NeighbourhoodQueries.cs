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
    /// Cost: the relations of the entities reached, once, with one mark per entity and per relation of the graph; then indexing the
    /// slice (its parts come from a valid graph, so it is not validated again).
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
        // Flat marks over entity and relation positions, not sets: a busy entity's two hops can be most of a large graph.
        var reached = new bool[topology.Entities.Length];
        reached[source] = true;
        var all = new List<int> { source };
        var levelStart = 0;
        for (var d = 0; d < hops && levelStart < all.Count; d++)
        {
            var levelEnd = all.Count;
            for (var i = levelStart; i < levelEnd; i++)
            {
                var here = all[i];
                for (var slot = adjacency.Start[here]; slot < adjacency.Start[here + 1]; slot++)
                {
                    var there = adjacency.Next[slot];
                    if (!reached[there] && steps.AllowsSlot(slot, forward: true) && steps.AllowsThrough(there))
                    {
                        reached[there] = true;
                        all.Add(there);
                    }
                }
            }

            levelStart = levelEnd;
        }

        var kept = new bool[graph.Relations.Length];
        var keptCount = 0;
        foreach (var here in all)
        {
            for (var slot = adjacency.Start[here]; slot < adjacency.Start[here + 1]; slot++)
            {
                var relation = adjacency.RelationOf[slot];
                if (adjacency.Outgoing[slot] && !kept[relation] && reached[adjacency.Next[slot]] && steps.AllowsRelation(relation))
                {
                    kept[relation] = true;
                    keptCount++;
                }
            }
        }

        // In the graph's order; who claims a kept relation stays too, so the slice is a valid graph (a claimant outside the hops
        // is not reached).
        var relations = new List<Relation>(keptCount);
        for (var r = 0; r < kept.Length; r++)
        {
            if (kept[r])
            {
                var relation = graph.Relations[r];
                relations.Add(relation);
                if (relation.ClaimedBy is { } claimant && graph.TryGetEntity(claimant, out var who))
                {
                    reached[topology.PositionOf(who)] = true;
                }
            }
        }

        var entities = new List<Entity>();
        for (var position = 0; position < reached.Length; position++)
        {
            if (reached[position])
            {
                entities.Add(topology.Entities[position]);
            }
        }

        // Parts of a valid graph, every end and claimant kept: a slice like AsOf's, indexed without validating again.
        return graph.Subgraph(graph.Sources, entities, relations);
    }
}
