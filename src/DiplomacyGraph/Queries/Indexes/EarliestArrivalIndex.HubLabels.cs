using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>The labels of <see cref="EarliestArrivalIndex"/>: how they are built and how a query reads them.</summary>
internal sealed partial class EarliestArrivalIndex
{
    /// <summary>One label: a hub (by rank) and the two days of a path between it and the label's entity.</summary>
    internal readonly record struct HubLabel(int Hub, int A, int B);

    /// <summary>The labels, as flat arrays by entity: <c>[OutStart[v], OutStart[v + 1])</c> are v's out-labels, sorted by hub; the same for in-labels.</summary>
    internal sealed class HubLabels
    {
        private readonly EarliestArrivalIndex index;

        public HubLabels(EarliestArrivalIndex index)
        {
            this.index = index;
            var adjacency = index.adjacency;
            var packed = adjacency.Packed;
            var starts = adjacency.Start;
            var n = starts.Length - 1;
            var degree = new int[n];
            for (var v = 0; v < n; v++)
            {
                for (var slot = starts[v]; slot < starts[v + 1]; slot++)
                {
                    degree[v] += index.usable[packed[slot].Info] ? 1 : 0;
                }

                degree[v] += index.InStart[v + 1] - index.InStart[v];
            }

            var order = new int[n];
            for (var v = 0; v < n; v++)
            {
                order[v] = v;
            }

            // Most hops first; ties by position, so the order (and the labels) do not depend on the sort's stability.
            Array.Sort(order, (x, y) => degree[x] != degree[y] ? degree[y].CompareTo(degree[x]) : x.CompareTo(y));
            var rank = new int[n];
            for (var i = 0; i < n; i++)
            {
                rank[order[i]] = i;
            }

            var ins = new List<HubLabel>[n];
            var outs = new List<HubLabel>[n];
            for (var v = 0; v < n; v++)
            {
                ins[v] = [];
                outs[v] = [];
            }

            // Per entity, in the current search: the best B (forward) or A (backward) of a label taken or covered so far.
            var settled = new int[n];
            var seen = new int[n];
            var stamp = 0;
            var queue = new PriorityQueue<(int V, int A, int B), long>();
            for (var i = 0; i < n; i++)
            {
                var h = order[i];
                ins[h].Add(new HubLabel(i, MinusInfinity, PlusInfinity));
                outs[h].Add(new HubLabel(i, MinusInfinity, PlusInfinity));

                // Forward from h (paths h -> v), labels by A ascending then B descending: a label is dominated by one taken
                // before at the same entity exactly when that one's B is at least its B.
                stamp++;
                queue.Clear();
                for (var slot = starts[h]; slot < starts[h + 1]; slot++)
                {
                    if (index.usable[packed[slot].Info])
                    {
                        var (e, l) = Days(packed[slot]);
                        queue.Enqueue((packed[slot].Next, e, l), Forward(e, l));
                    }
                }

                while (queue.TryDequeue(out var item, out _))
                {
                    var (v, a, b) = item;
                    if (seen[v] == stamp && settled[v] >= b)
                    {
                        continue;
                    }

                    seen[v] = stamp;
                    settled[v] = b;
                    // A hub ranked before h, or a pair the labels so far cover this well: h's labels need not say it, nor
                    // anything reached through it (the earlier hub's own labels do).
                    if (rank[v] < i || Covers(outs[h], ins[v], a, b))
                    {
                        continue;
                    }

                    ins[v].Add(new HubLabel(i, a, b));
                    for (var slot = starts[v]; slot < starts[v + 1]; slot++)
                    {
                        var step = packed[slot];
                        if (!index.usable[step.Info])
                        {
                            continue;
                        }

                        var (e, l) = Days(step);
                        var nb = Math.Min(b, l);
                        if (a > l || (seen[step.Next] == stamp && settled[step.Next] >= nb))
                        {
                            continue;
                        }

                        var na = Math.Max(a, e);
                        queue.Enqueue((step.Next, na, nb), Forward(na, nb));
                    }
                }

                // Backward to h (paths v -> h), labels by B descending then A ascending: dominated exactly when a label taken
                // before has an A at most its A. Putting a hop (E, L) before a path (A, B) needs E <= B and gives (max, min).
                stamp++;
                queue.Clear();
                for (var at = index.InStart[h]; at < index.InStart[h + 1]; at++)
                {
                    var (e, l) = Days(packed[index.InSlot[at]]);
                    queue.Enqueue((index.InFrom[at], e, l), Backward(e, l));
                }

                while (queue.TryDequeue(out var item, out _))
                {
                    var (v, a, b) = item;
                    if (seen[v] == stamp && settled[v] <= a)
                    {
                        continue;
                    }

                    seen[v] = stamp;
                    settled[v] = a;
                    if (rank[v] < i || Covers(outs[v], ins[h], a, b))
                    {
                        continue;
                    }

                    outs[v].Add(new HubLabel(i, a, b));
                    for (var at = index.InStart[v]; at < index.InStart[v + 1]; at++)
                    {
                        var from = index.InFrom[at];
                        var (e, l) = Days(packed[index.InSlot[at]]);
                        var na = Math.Max(a, e);
                        if (e > b || (seen[from] == stamp && settled[from] <= na))
                        {
                            continue;
                        }

                        var nb = Math.Min(b, l);
                        queue.Enqueue((from, na, nb), Backward(na, nb));
                    }
                }
            }

            (OutStart, Out) = Flatten(outs);
            (InStart, In) = Flatten(ins);
        }

        /// <summary>Where each entity's out-labels (paths from it to a hub) begin; one more entry than entities.</summary>
        public int[] OutStart { get; }

        /// <summary>The out-labels, by entity, sorted by hub.</summary>
        public HubLabel[] Out { get; }

        /// <summary>Where each entity's in-labels (paths from a hub to it) begin; one more entry than entities.</summary>
        public int[] InStart { get; }

        /// <summary>The in-labels, by entity, sorted by hub.</summary>
        public HubLabel[] In { get; }

        /// <summary>The labels held, out and in.</summary>
        public long Count => Out.LongLength + In.LongLength;

        /// <summary>
        /// The entity positions and slots of an earliest path with the fewest hops over tight hops, or <see langword="null"/> when
        /// there is none: <c>(entity, slot)</c> per hop, the slot being the one walked from the previous entity (-1 for the source).
        /// </summary>
        public List<(int Entity, int Slot)>? Path(int source, int target, int start)
        {
            var n = index.adjacency.Start.Length - 1;
            var s = Scratch.For(n);
            s.Prepare(this, source, start);
            var goal = s.Arrival(this, target);
            if (goal == PlusInfinity)
            {
                return null;
            }

            var packed = index.adjacency.Packed;
            var starts = index.adjacency.Start;
            var stamp = s.Stamp;
            var (markF, markB, prevF, viaF, nextB, viaB, queueF, queueB) = (s.MarkF, s.MarkB, s.PrevF, s.ViaF, s.NextB, s.ViaB, s.QueueF, s.QueueB);
            markF[source] = stamp;
            prevF[source] = -1;
            markB[target] = stamp;
            nextB[target] = -1;
            queueF[0] = source;
            queueB[0] = target;
            int headF = 0, tailF = 1, headB = 0, tailB = 1;
            // What the next level of each side would scan: the hops out of (forward) or into (backward) its frontier. The cheaper
            // side goes first, so a hub's thousands of hops are walked only when the other side has more.
            long costF = starts[source + 1] - starts[source], costB = index.InStart[target + 1] - index.InStart[target];
            var meet = source == target ? source : -1;
            while (meet < 0 && headF < tailF && headB < tailB)
            {
                if (costF <= costB)
                {
                    // A level forward: hops from u (reached at ku) whose arrival is the next entity's earliest. First, without reading
                    // any label, whether the level meets the backward side (whose entities' arrivals are read already): the meet the
                    // full scan would stop at, found before it reads the arrivals of the hops ahead of it.
                    var levelEnd = tailF;
                    for (var at = headF; at < levelEnd && meet < 0; at++)
                    {
                        var u = queueF[at];
                        var ku = s.Arrival(this, u);
                        for (var slot = starts[u]; slot < starts[u + 1]; slot++)
                        {
                            var v = packed[slot].Next;
                            if (markB[v] != stamp || markF[v] == stamp || !TightForward(s, packed[slot], ku, goal))
                            {
                                continue;
                            }

                            markF[v] = stamp;
                            prevF[v] = u;
                            viaF[v] = slot;
                            meet = v;
                            break;
                        }
                    }

                    for (; headF < levelEnd && meet < 0; headF++)
                    {
                        var u = queueF[headF];
                        costF -= starts[u + 1] - starts[u];
                        var ku = s.Arrival(this, u);
                        for (var slot = starts[u]; slot < starts[u + 1]; slot++)
                        {
                            var v = packed[slot].Next;
                            if (markF[v] == stamp || !TightForward(s, packed[slot], ku, goal))
                            {
                                continue;
                            }

                            markF[v] = stamp;
                            prevF[v] = u;
                            viaF[v] = slot;
                            queueF[tailF++] = v;
                            costF += starts[v + 1] - starts[v];
                            if (markB[v] == stamp)
                            {
                                meet = v;
                                break;
                            }
                        }
                    }
                }
                else
                {
                    // A level backward: hops into v (reached at kv) from an entity whose earliest arrival makes them tight. First
                    // the meet with the forward side, as forward.
                    var levelEnd = tailB;
                    for (var at = headB; at < levelEnd && meet < 0; at++)
                    {
                        var v = queueB[at];
                        var kv = s.Arrival(this, v);
                        for (var into = index.InStart[v]; into < index.InStart[v + 1]; into++)
                        {
                            var u = index.InFrom[into];
                            var slot = index.InSlot[into];
                            if (markF[u] != stamp || markB[u] == stamp || !TightBackward(s, packed[slot], u, kv))
                            {
                                continue;
                            }

                            markB[u] = stamp;
                            nextB[u] = v;
                            viaB[u] = slot;
                            meet = u;
                            break;
                        }
                    }

                    for (; headB < levelEnd && meet < 0; headB++)
                    {
                        var v = queueB[headB];
                        costB -= index.InStart[v + 1] - index.InStart[v];
                        var kv = s.Arrival(this, v);
                        for (var at = index.InStart[v]; at < index.InStart[v + 1]; at++)
                        {
                            var u = index.InFrom[at];
                            var slot = index.InSlot[at];
                            if (markB[u] == stamp || !TightBackward(s, packed[slot], u, kv))
                            {
                                continue;
                            }

                            markB[u] = stamp;
                            nextB[u] = v;
                            viaB[u] = slot;
                            queueB[tailB++] = u;
                            costB += index.InStart[u + 1] - index.InStart[u];
                            if (markF[u] == stamp)
                            {
                                meet = u;
                                break;
                            }
                        }
                    }
                }
            }

            if (meet < 0)
            {
                return null; // not reached: the labels and the hops disagree (cannot happen for an index built from them)
            }

            var path = new List<(int Entity, int Slot)>();
            for (var at = meet; at >= 0; at = prevF[at])
            {
                path.Add((at, at == source ? -1 : viaF[at]));
            }

            path.Reverse();
            for (var at = meet; nextB[at] >= 0; at = nextB[at])
            {
                path.Add((nextB[at], viaB[at]));
            }

            return path;
        }

        /// <summary>
        /// Whether the labels so far give a path from the out-labels' entity to the in-labels' with A ≤ a and B ≥ b: per common
        /// hub, the in-label with the greatest B among those with A ≤ a and the out-label with the least A among those with
        /// B ≥ b are the ones to join (a greater B and a lesser A only make the join easier).
        /// </summary>
        /// <summary>
        /// Whether a hop out of an entity reached at <paramref name="ku"/> is tight: it carries, can follow that arrival, arrives no later
        /// than <paramref name="goal"/>, and its arrival is the next entity's earliest.
        /// </summary>
        private bool TightForward(Scratch s, in TimeRespectingSlot step, int ku, int goal)
        {
            if (!index.usable[step.Info])
            {
                return false;
            }

            var (e, l) = Days(step);
            var arrival = Math.Max(e, ku);
            return l >= ku && arrival <= goal && s.Arrival(this, step.Next) == arrival;
        }

        /// <summary>
        /// Whether a hop from <paramref name="u"/> into an entity whose earliest arrival is <paramref name="kv"/> is tight: it is no
        /// earlier than that day allows, can follow <paramref name="u"/>'s earliest arrival, and arrives at exactly <paramref name="kv"/>.
        /// </summary>
        private bool TightBackward(Scratch s, in TimeRespectingSlot step, int u, int kv)
        {
            var (e, l) = Days(step);
            if (e > kv)
            {
                return false;
            }

            var ku = s.Arrival(this, u);
            return ku <= l && Math.Max(e, ku) == kv;
        }

        private static bool Covers(List<HubLabel> outs, List<HubLabel> ins, int a, int b)
        {
            int x = 0, y = 0;
            while (x < outs.Count && y < ins.Count)
            {
                var hub = outs[x].Hub;
                if (hub < ins[y].Hub)
                {
                    x++;
                    continue;
                }

                if (ins[y].Hub < hub)
                {
                    y++;
                    continue;
                }

                var inB = MinusInfinity;
                for (; y < ins.Count && ins[y].Hub == hub; y++)
                {
                    if (ins[y].A <= a)
                    {
                        inB = Math.Max(inB, ins[y].B);
                    }
                }

                var outA = PlusInfinity;
                for (; x < outs.Count && outs[x].Hub == hub; x++)
                {
                    if (outs[x].B >= b)
                    {
                        outA = Math.Min(outA, outs[x].A);
                    }
                }

                if (inB >= b && outA <= a && outA <= inB)
                {
                    return true;
                }
            }

            return false;
        }

        private static (int[] Start, HubLabel[] Labels) Flatten(List<HubLabel>[] lists)
        {
            var start = new int[lists.Length + 1];
            for (var v = 0; v < lists.Length; v++)
            {
                start[v + 1] = start[v] + lists[v].Count;
            }

            var labels = new HubLabel[start[lists.Length]];
            for (var v = 0; v < lists.Length; v++)
            {
                lists[v].CopyTo(labels, start[v]);
            }

            return (start, labels);
        }

        // Forward order: A ascending, then B descending. Backward order: B descending, then A ascending.
        private static long Forward(int a, int b) => ((long)a << 32) + (uint)(PlusInfinity - b);

        private static long Backward(int a, int b) => ((long)(PlusInfinity - b) << 32) + (uint)(a ^ MinusInfinity);
    }
}
