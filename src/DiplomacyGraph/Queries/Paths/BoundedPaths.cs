namespace DiplomacyGraph.Queries;

/// <summary>
/// Every simple path of at most a number of hops over <see cref="StepAdjacency"/>, by depth-first search pruned with the distance
/// to the end (a breadth-first search from the end, as far as the bound), so no branch that cannot arrive in time is entered.
/// A cap on the paths and one on the steps walked end the search with <see cref="PathSearchLimitException"/>, never a hang.
/// </summary>
internal static class BoundedPaths
{
    public static List<List<int>> Find(StepAdjacency adjacency, StepFilter filter, int source, int target, int maxHops, int maxPaths, long maxSteps, Func<string> describe)
    {
        var found = new List<List<int>>();
        if (source == target)
        {
            return found;
        }

        var toEnd = DistancesToEnd(adjacency, filter, source, target, maxHops);
        if (!toEnd.ContainsKey(source))
        {
            return found;
        }

        var trail = new List<int> { source };
        var onTrail = new HashSet<int> { source };
        long steps = 0;
        Walk(source);
        return [.. found.OrderBy(p => p.Count)];

        void Walk(int here)
        {
            // Parallel relations are one step: each neighbour is tried once per expansion.
            var tried = new HashSet<int>();
            for (var slot = adjacency.Start[here]; slot < adjacency.Start[here + 1]; slot++)
            {
                if (++steps > maxSteps)
                {
                    throw new PathSearchLimitException(
                        $"{describe()}: stopped after {maxSteps:N0} steps with {found.Count:N0} paths found; lower the hop bound or narrow the filter.");
                }

                var there = adjacency.Next[slot];
                if (onTrail.Contains(there) || !toEnd.TryGetValue(there, out var left) || trail.Count + left > maxHops
                    || (there != target && !filter.AllowsThrough(there)) || !filter.AllowsSlot(slot, forward: true) || !tried.Add(there))
                {
                    continue;
                }

                if (there == target)
                {
                    if (found.Count == maxPaths)
                    {
                        throw new PathSearchLimitException(
                            $"{describe()}: more than {maxPaths:N0} paths; lower the hop bound, narrow the filter or raise the path cap.");
                    }

                    found.Add([.. trail, target]);
                    continue;
                }

                trail.Add(there);
                onTrail.Add(there);
                Walk(there);
                trail.RemoveAt(trail.Count - 1);
                onTrail.Remove(there);
            }
        }
    }

    /// <summary>Hops from each entity to the end over allowed steps (walked backwards), up to the bound; avoided kinds never passed.</summary>
    private static Dictionary<int, int> DistancesToEnd(StepAdjacency adjacency, StepFilter filter, int source, int target, int maxHops)
    {
        var distance = new Dictionary<int, int> { [target] = 0 };
        var level = new List<int> { target };
        for (var d = 1; d <= maxHops && level.Count > 0; d++)
        {
            var nextLevel = new List<int>();
            foreach (var here in level)
            {
                if (here != target && here != source && !filter.AllowsThrough(here))
                {
                    continue;
                }

                for (var slot = adjacency.Start[here]; slot < adjacency.Start[here + 1]; slot++)
                {
                    var there = adjacency.Next[slot];
                    if (!distance.ContainsKey(there) && filter.AllowsSlot(slot, forward: false))
                    {
                        distance[there] = d;
                        nextLevel.Add(there);
                    }
                }
            }

            level = nextLevel;
        }

        return distance;
    }
}
