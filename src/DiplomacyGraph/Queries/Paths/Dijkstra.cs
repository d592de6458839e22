namespace DiplomacyGraph.Queries;

/// <summary>
/// Least-cost path over <see cref="StepAdjacency"/> (Dijkstra with a binary heap, stopped when the end is settled), with the same
/// filter and optional bans as <see cref="BidirectionalBfs"/>, so <c>CheapestPath</c> and Yen's spur searches share one unit.
/// </summary>
internal static class Dijkstra
{
    /// <summary>The positions of a least-cost path, and its cost; <see langword="null"/> when the end cannot be reached.</summary>
    /// <param name="adjacency">The graph's steps.</param>
    /// <param name="filter">Which steps may be walked.</param>
    /// <param name="cost">The cost of a relation, by position (checked: zero or more).</param>
    /// <param name="source">Start position.</param>
    /// <param name="target">End position.</param>
    /// <param name="banned">Optional extra refusals: a step from one position to the next over a relation.</param>
    public static (List<int> Path, double Cost)? Path(
        StepAdjacency adjacency, StepFilter filter, Func<int, double> cost, int source, int target, Func<int, int, int, bool>? banned = null)
    {
        if (source == target)
        {
            return ([source], 0);
        }

        var s = SearchScratch.For(adjacency.Count, out var stamp);
        var (seen, settled, prev) = (s.MarkF, s.MarkB, s.PrevF);
        var distance = new Dictionary<int, double> { [source] = 0 };
        var queue = new PriorityQueue<int, double>();
        seen[source] = stamp;
        prev[source] = -1;
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out var here, out var d))
        {
            if (settled[here] == stamp || d > distance[here])
            {
                continue;
            }

            settled[here] = stamp;
            if (here == target)
            {
                var path = new List<int>();
                for (var at = target; at >= 0; at = prev[at])
                {
                    path.Add(at);
                }

                path.Reverse();
                return (path, d);
            }

            for (var slot = adjacency.Start[here]; slot < adjacency.Start[here + 1]; slot++)
            {
                var there = adjacency.Next[slot];
                var relation = adjacency.RelationOf[slot];
                if (settled[there] == stamp || !filter.AllowsSlot(slot, forward: true)
                    || (there != target && !filter.AllowsThrough(there)) || (banned is not null && banned(here, there, relation)))
                {
                    continue;
                }

                var reached = d + cost(relation);
                if (seen[there] != stamp || reached < distance[there])
                {
                    seen[there] = stamp;
                    distance[there] = reached;
                    prev[there] = here;
                    queue.Enqueue(there, reached);
                }
            }
        }

        return null;
    }
}
