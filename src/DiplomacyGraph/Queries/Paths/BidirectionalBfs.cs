namespace DiplomacyGraph.Queries;

/// <summary>
/// Fewest-hops path by bidirectional breadth-first search over <see cref="StepAdjacency"/>: a level from the start, then a level
/// from the end, always growing the smaller frontier, until they touch. QuikGraph has none; on graphs whose neighbourhoods grow
/// fast it visits a few thousand entities where a one-sided search visits most of the graph.
/// </summary>
internal static class BidirectionalBfs
{
    /// <summary>
    /// The entity positions of a fewest-hops path from <paramref name="source"/> to <paramref name="target"/> over steps the filter
    /// allows (and <paramref name="banned"/> does not refuse), or <see langword="null"/> when there is none.
    /// </summary>
    /// <param name="adjacency">The graph's steps.</param>
    /// <param name="filter">Which steps may be walked.</param>
    /// <param name="source">Start position.</param>
    /// <param name="target">End position.</param>
    /// <param name="banned">Optional extra refusals (Yen's spur searches): a step from one position to the next, by slot.</param>
    public static List<int>? Path(StepAdjacency adjacency, StepFilter filter, int source, int target, Func<int, int, int, bool>? banned = null)
    {
        if (source == target)
        {
            return [source];
        }

        var s = SearchScratch.For(adjacency.Count, out var stamp);
        var (start, next, relationOf) = (adjacency.Start, adjacency.Next, adjacency.RelationOf);
        var (markF, markB, prevF, prevB, distF, distB, queueF, queueB) = (s.MarkF, s.MarkB, s.PrevF, s.PrevB, s.DistF, s.DistB, s.QueueF, s.QueueB);
        markF[source] = stamp;
        prevF[source] = -1;
        distF[source] = 0;
        markB[target] = stamp;
        prevB[target] = -1;
        distB[target] = 0;
        queueF[0] = source;
        queueB[0] = target;
        int headF = 0, tailF = 1, headB = 0, tailB = 1;
        var best = int.MaxValue;
        var meet = -1;
        while (headF < tailF && headB < tailB && meet < 0)
        {
            var forward = tailF - headF <= tailB - headB;
            var (mark, prev, dist, queue, otherMark, otherDist) = forward
                ? (markF, prevF, distF, queueF, markB, distB)
                : (markB, prevB, distB, queueB, markF, distF);
            var head = forward ? headF : headB;
            var tail = forward ? tailF : tailB;
            var levelEnd = tail;
            for (; head < levelEnd && meet < 0; head++)
            {
                var here = queue[head];
                for (var slot = start[here]; slot < start[here + 1]; slot++)
                {
                    var there = next[slot];
                    if (mark[there] == stamp || !filter.AllowsSlot(slot, forward)
                        || (there != source && there != target && !filter.AllowsThrough(there))
                        || (banned is not null && (forward ? banned(here, there, relationOf[slot]) : banned(there, here, relationOf[slot]))))
                    {
                        continue;
                    }

                    mark[there] = stamp;
                    prev[there] = here;
                    dist[there] = dist[here] + 1;
                    queue[tail++] = there;
                    if (otherMark[there] == stamp)
                    {
                        // The first touch is a shortest path: before this level no entity was reached from both ends, so the
                        // distance is more than the two depths together, and this path is one hop longer than them at most.
                        best = dist[there] + otherDist[there];
                        meet = there;
                        break;
                    }
                }
            }

            if (forward)
            {
                (headF, tailF) = (head, tail);
            }
            else
            {
                (headB, tailB) = (head, tail);
            }
        }

        if (meet < 0)
        {
            return null;
        }

        var path = new List<int>(best + 1);
        for (var at = meet; at >= 0; at = prevF[at])
        {
            path.Add(at);
        }

        path.Reverse();
        for (var at = prevB[meet]; at >= 0; at = prevB[at])
        {
            path.Add(at);
        }

        return path;
    }
}
