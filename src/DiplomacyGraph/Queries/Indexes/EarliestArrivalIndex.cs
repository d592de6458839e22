using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// A temporal two-hop label index (timetable labelling) for the lenient <see cref="EarliestArrivalQueries.EarliestArrival"/>
/// under the default filter (<see cref="EarliestArrivalQueries.CarrierTypes"/>, stated only, undirected, no window, no kinds),
/// built on the first such query; immutable afterwards.
/// </summary>
/// <remarks>
/// <para>A path is summed up by two days: <c>A</c>, the largest earliest day of its hops, and <c>B</c>, the smallest latest day.
/// It can be walked (leniently) from a start day <c>c</c> when <c>c ≤ B</c>, and then arrives at <c>max(c, A)</c>; a path (A1, B1)
/// followed by a path (A2, B2) can be walked when <c>A1 ≤ B2</c> and sums up to (max(A1, A2), min(B1, B2)). One path is as good
/// as another from every start day when its A is no greater and its B no smaller.</para>
/// <para>Entities are hubs in order of degree (most carrier hops first); each hub's pruned searches — forward, labels in order of
/// A, and backward, in order of B descending — add (hub, A, B) to the in-labels of what it reaches and the out-labels of what
/// reaches it, skipping a label the labels so far already cover. The earliest arrival from <c>s</c> to <c>t</c> is then a merge of
/// <c>s</c>'s out-labels and <c>t</c>'s in-labels by hub. On the generated graphs most paths run through the first hubs: about 3
/// labels an entity either way (8–9 bytes a relation) and 0.3 s of build at 100k relations, 2 s at a million.</para>
/// <para>The hop count and the path come from a bidirectional breadth-first search over the hops that are tight for the query
/// (a hop from u to v whose arrival from u's earliest arrival is v's earliest arrival, both read from the labels): the label-setting
/// search keeps, per entity, the fewest hops among the earliest labels, which is the distance over tight hops.</para>
/// <para>Strict mode is not served: a strict hop (E, L) is the lenient hop (L, E) in this algebra, but its labels measured 24 bytes a
/// relation and 60–70 s of build at a million relations (a profile per departure day of the big hubs), so it keeps the search.</para>
/// </remarks>
internal sealed class EarliestArrivalIndex
{
    private const int MinusInfinity = int.MinValue;
    private const int PlusInfinity = int.MaxValue;

    private readonly TimeRespectingAdjacency adjacency;
    private readonly bool[] usable;

    public EarliestArrivalIndex(TimeRespectingAdjacency adjacency)
    {
        this.adjacency = adjacency;
        usable = new bool[adjacency.TypeNames.Length << 8];
        for (var type = 0; type < adjacency.TypeNames.Length; type++)
        {
            if (EarliestArrivalQueries.CarrierTypes.Contains(adjacency.TypeNames[type]))
            {
                usable[(type << 8) | ((int)Assertion.Stated << 2) | 3] = true; // carries, leaves the entity
                usable[(type << 8) | ((int)Assertion.Stated << 2) | 1] = true; // carries, enters it (undirected)
            }
        }

        // The hops into each entity: the usable slots of the entities at their other ends.
        var entities = adjacency.Start.Length - 1;
        var packed = adjacency.Packed;
        InStart = new int[entities + 1];
        for (var slot = 0; slot < packed.Length; slot++)
        {
            if (usable[packed[slot].Info])
            {
                InStart[packed[slot].Next + 1]++;
            }
        }

        for (var v = 0; v < entities; v++)
        {
            InStart[v + 1] += InStart[v];
        }

        InFrom = new int[InStart[entities]];
        InSlot = new int[InStart[entities]];
        var fill = InStart[..^1];
        for (var v = 0; v < entities; v++)
        {
            for (var slot = adjacency.Start[v]; slot < adjacency.Start[v + 1]; slot++)
            {
                if (usable[packed[slot].Info])
                {
                    var at = fill[packed[slot].Next]++;
                    InFrom[at] = v;
                    InSlot[at] = slot;
                }
            }
        }

        Labels = new HubLabels(this);
    }

    /// <summary>Where each entity's hops in begin in <see cref="InFrom"/> and <see cref="InSlot"/> (one more entry than entities).</summary>
    public int[] InStart { get; }

    /// <summary>Per hop into an entity: the entity it leaves.</summary>
    public int[] InFrom { get; }

    /// <summary>Per hop into an entity: its slot in <see cref="TimeRespectingAdjacency"/> (among the slots of the entity it leaves).</summary>
    public int[] InSlot { get; }

    /// <summary>Whether the index answers this query exactly: lenient, under the default filter (or one equal to it in effect).</summary>
    public static bool Serves(TimeOrderMode mode, QueryFilter filter) =>
        mode == TimeOrderMode.Lenient && filter.Window is null && filter.AvoidKinds is null && filter.ThroughKinds is null && !filter.Directed
        && (filter.OnlyTypes is null || filter.OnlyTypes.SetEquals(EarliestArrivalQueries.CarrierTypes))
        && (filter.Assertions is null || filter.Assertions.SetEquals(QueryFilter.StatedOnly));

    /// <summary>The two-hop labels.</summary>
    public HubLabels Labels { get; }

    /// <summary>A hop's two days: the earliest and latest day a message passes.</summary>
    private static (int E, int L) Days(in TimeRespectingSlot slot) => (slot.Earliest, slot.Latest);

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
                    // A level forward: hops from u (reached at ku) whose arrival is the next entity's earliest.
                    var levelEnd = tailF;
                    for (; headF < levelEnd && meet < 0; headF++)
                    {
                        var u = queueF[headF];
                        costF -= starts[u + 1] - starts[u];
                        var ku = s.Arrival(this, u);
                        for (var slot = starts[u]; slot < starts[u + 1]; slot++)
                        {
                            var step = packed[slot];
                            var v = step.Next;
                            if (markF[v] == stamp || !index.usable[step.Info])
                            {
                                continue;
                            }

                            var (e, l) = Days(step);
                            var arrival = Math.Max(e, ku);
                            if (l < ku || arrival > goal || s.Arrival(this, v) != arrival)
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
                    // A level backward: hops into v (reached at kv) from an entity whose earliest arrival makes them tight.
                    var levelEnd = tailB;
                    for (; headB < levelEnd && meet < 0; headB++)
                    {
                        var v = queueB[headB];
                        costB -= index.InStart[v + 1] - index.InStart[v];
                        var kv = s.Arrival(this, v);
                        for (var at = index.InStart[v]; at < index.InStart[v + 1]; at++)
                        {
                            var u = index.InFrom[at];
                            if (markB[u] == stamp)
                            {
                                continue;
                            }

                            var slot = index.InSlot[at];
                            var (e, l) = Days(packed[slot]);
                            if (e > kv)
                            {
                                continue;
                            }

                            var ku = s.Arrival(this, u);
                            if (ku > l || Math.Max(e, ku) != kv)
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

    /// <summary>
    /// A thread's reusable query state: the source's out-labels usable from the start day (hub and the day it reaches the hub),
    /// earliest arrivals already read (stamped), and the marks, links and queues of the breadth-first search over tight hops.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? current;

        private int[] hubs = new int[16];
        private int[] reached = new int[16];
        private int count;

        private Scratch(int size)
        {
            ArrivalStamp = new int[size];
            ArrivalDay = new int[size];
            MarkF = new int[size];
            MarkB = new int[size];
            PrevF = new int[size];
            ViaF = new int[size];
            NextB = new int[size];
            ViaB = new int[size];
            QueueF = new int[size];
            QueueB = new int[size];
        }

        public int Stamp { get; private set; }

        public int[] ArrivalStamp { get; }

        public int[] ArrivalDay { get; }

        public int[] MarkF { get; }

        public int[] MarkB { get; }

        public int[] PrevF { get; }

        public int[] ViaF { get; }

        public int[] NextB { get; }

        public int[] ViaB { get; }

        public int[] QueueF { get; }

        public int[] QueueB { get; }

        public static Scratch For(int size)
        {
            var scratch = current;
            if (scratch is null || scratch.MarkF.Length < size)
            {
                current = scratch = new Scratch(Math.Max(size, 16));
            }

            if (scratch.Stamp == int.MaxValue)
            {
                Array.Clear(scratch.ArrivalStamp);
                Array.Clear(scratch.MarkF);
                Array.Clear(scratch.MarkB);
                scratch.Stamp = 0;
            }

            scratch.Stamp++;
            return scratch;
        }

        /// <summary>Takes the source's out-labels walkable from the start day, with the day each reaches its hub.</summary>
        public void Prepare(HubLabels labels, int source, int start)
        {
            count = 0;
            for (var at = labels.OutStart[source]; at < labels.OutStart[source + 1]; at++)
            {
                var label = labels.Out[at];
                if (label.B < start)
                {
                    continue;
                }

                if (count == hubs.Length)
                {
                    Array.Resize(ref hubs, count * 2);
                    Array.Resize(ref reached, count * 2);
                }

                hubs[count] = label.Hub;
                reached[count++] = Math.Max(start, label.A);
            }
        }

        /// <summary>The earliest arrival (key) at an entity from the prepared source, <see cref="int.MaxValue"/> when none; read once a search.</summary>
        public int Arrival(HubLabels labels, int target)
        {
            if (ArrivalStamp[target] == Stamp)
            {
                return ArrivalDay[target];
            }

            var best = PlusInfinity;
            var x = 0;
            var end = labels.InStart[target + 1];
            for (var y = labels.InStart[target]; y < end && x < count;)
            {
                var label = labels.In[y];
                if (hubs[x] < label.Hub)
                {
                    x++;
                }
                else if (label.Hub < hubs[x])
                {
                    y++;
                }
                else
                {
                    // Every out-label of this hub against this in-label; the next in-label of the same hub sees them again.
                    for (var p = x; p < count && hubs[p] == label.Hub; p++)
                    {
                        if (reached[p] <= label.B)
                        {
                            best = Math.Min(best, Math.Max(reached[p], label.A));
                        }
                    }

                    y++;
                }
            }

            ArrivalStamp[target] = Stamp;
            ArrivalDay[target] = best;
            return best;
        }
    }
}
