namespace DiplomacyGraph.Queries;

/// <summary>
/// Yen's k shortest loopless paths over <see cref="StepAdjacency"/>. A path is a sequence of entities (parallel relations are one
/// step); each spur search is the same unit the single path query uses (<see cref="BidirectionalBfs"/> for hops,
/// <see cref="Dijkstra"/> for a cost), with the root's entities and the steps already taken from it banned.
/// </summary>
internal static class YenPaths
{
    /// <summary>A spur search: positions and cost of the best path between two positions avoiding the banned steps.</summary>
    public delegate (List<int> Path, double Cost)? Search(int source, int target, Func<int, int, int, bool> banned);

    /// <summary>Up to <paramref name="k"/> loopless paths, cheapest first (equal costs in the order found).</summary>
    /// <param name="first">The best path (already found by the caller), or <see langword="null"/> when there is none.</param>
    /// <param name="k">How many at most.</param>
    /// <param name="search">The spur search.</param>
    /// <param name="stepCost">The cost of the step between two consecutive positions (its cheapest allowed relation).</param>
    public static List<List<int>> Find((List<int> Path, double Cost)? first, int k, Search search, Func<int, int, double> stepCost)
    {
        var found = new List<List<int>>();
        if (first is not { } best)
        {
            return found;
        }

        found.Add(best.Path);
        var target = best.Path[^1];
        var candidates = new PriorityQueue<List<int>, (double Cost, int Order)>();
        var known = new HashSet<string>(StringComparer.Ordinal) { Key(best.Path) };
        var order = 0;
        while (found.Count < k)
        {
            var previous = found[^1];
            var rootCost = 0d;
            for (var i = 0; i + 1 < previous.Count; i++)
            {
                var spur = previous[i];
                var bannedSteps = new HashSet<(int, int)>();
                foreach (var path in found)
                {
                    if (path.Count > i + 1 && SameRoot(path, previous, i))
                    {
                        bannedSteps.Add((path[i], path[i + 1]));
                    }
                }

                var bannedEntities = new HashSet<int>(previous.Take(i));
                var spurPath = search(spur, target, (from, to, _) => bannedEntities.Contains(from) || bannedEntities.Contains(to) || bannedSteps.Contains((from, to)));
                if (spurPath is { } tail)
                {
                    var whole = new List<int>(previous.Take(i));
                    whole.AddRange(tail.Path);
                    if (known.Add(Key(whole)))
                    {
                        candidates.Enqueue(whole, (rootCost + tail.Cost, order++));
                    }
                }

                rootCost += stepCost(previous[i], previous[i + 1]);
            }

            if (!candidates.TryDequeue(out var nextBest, out _))
            {
                break;
            }

            found.Add(nextBest);
        }

        return found;
    }

    private static bool SameRoot(List<int> path, List<int> previous, int length)
    {
        for (var j = 0; j <= length; j++)
        {
            if (path[j] != previous[j])
            {
                return false;
            }
        }

        return true;
    }

    private static string Key(List<int> path) => string.Join(',', path);
}
