using System.Collections.Frozen;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Time-respecting paths: chains of contacts that could carry a message, each no earlier than the one before.</summary>
public static class EarliestArrivalQueries
{
    /// <summary>The relation types a message travels along unless <see cref="QueryFilter.OnlyTypes"/> says otherwise: <c>attended</c>, <c>met</c>, <c>briefed</c>.</summary>
    public static IReadOnlySet<string> CarrierTypes { get; } = FrozenSet.ToFrozenSet(
        [BuiltInRelationTypes.Attended.Name, BuiltInRelationTypes.Met.Name, BuiltInRelationTypes.Briefed.Name], StringComparer.Ordinal);

    /// <summary>
    /// The time-respecting path from one entity to another that reaches it earliest, starting no earlier than
    /// <paramref name="start"/>, or <see langword="null"/> when there is none.
    /// </summary>
    /// <remarks>
    /// <para>A hop's time is its relation's time; a hop into or out of a meeting is attending it, at the meeting's time.
    /// Only <see cref="Assertion.Stated"/> relations carry a message unless <see cref="QueryFilter.Assertions"/> widens them (to
    /// <c>Alleged</c> or <c>Planned</c>); a denied relation never does; only a meeting whose latest status is <c>Held</c> can be passed through.</para>
    /// <para>Order of hops (see <see cref="TimeOrderMode"/>): <see cref="TimeOrderMode.Lenient"/> accepts a hop when its latest possible
    /// day is not before the earliest day the previous hops allow (so there is a consistent choice of days) and minimizes
    /// <see cref="TimeRespectingPath.EarliestArrival"/>; <see cref="TimeOrderMode.Strict"/> accepts a hop only when its earliest possible
    /// day is on or after the previous hop's latest possible day (the first on or after <paramref name="start"/>) and minimizes
    /// <see cref="TimeRespectingPath.ReachedBy"/>. Ties are broken by hops entity by entity: of the equally early ways to reach each
    /// entity, the one with the fewest hops is kept and carried on. So the answer has the fewest hops among the paths that reach
    /// every entity on the way as early as possible; a path that reaches some entity later but in fewer hops, and the target just
    /// as early, is not preferred.</para>
    /// <para>QuikGraph has no time-respecting search, so this is a label-setting search (Dijkstra over arrival days) written here,
    /// walking each entity's relations (<see cref="DiplomaticGraph.RelationsOf"/>, held as arrays of entity positions and day numbers).
    /// The filter works as for paths; when <see cref="QueryFilter.OnlyTypes"/> is <see langword="null"/>, <see cref="CarrierTypes"/> are used.</para>
    /// <para>Lenient under the default filter (<see cref="CarrierTypes"/>, stated only, undirected, no window, no kinds), the answer comes
    /// instead from a two-hop label index of the graph (timetable labelling), built on the first such call (about 2 s and 8 bytes
    /// a relation at a million relations): the same earliest day and hop count as the search, in microseconds; among equally good
    /// paths it may return another one (and so another <see cref="TimeRespectingPath.ReachedBy"/>).</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="from">The id of the entity the message starts with.</param>
    /// <param name="to">The id of the entity it should reach.</param>
    /// <param name="start">No hop before this day.</param>
    /// <param name="mode">Lenient (possibly in order) or strict (certainly in order).</param>
    /// <param name="filter">Types, kinds, assertions, window and direction; undirected, <see cref="CarrierTypes"/>, stated only when <see langword="null"/>.</param>
    /// <exception cref="EntityResolutionException">Either is neither an id nor a name that resolves to one entity (ids and names both work).</exception>
    /// <example><code>graph.EarliestArrival("amir-khan-muttaqi", "ishaq-dar", new DateOnly(2025, 3, 1), TimeOrderMode.Strict);</code></example>
    public static TimeRespectingPath? EarliestArrival(
        this DiplomaticGraph graph, string from, string to, DateOnly start, TimeOrderMode mode = TimeOrderMode.Lenient, QueryFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var sourceEntity = QueryInput.Entity(graph, from);
        var targetEntity = QueryInput.Entity(graph, to);
        var options = filter ?? QueryFilter.Default;
        var topology = graph.QueryIndexes;
        var source = topology.PositionOf(sourceEntity);
        var target = topology.PositionOf(targetEntity);
        if (source != target && EarliestArrivalIndex.Serves(mode, options))
        {
            return FromLabels(graph, topology, source, target, start, mode);
        }

        return Search(graph, topology, source, target, start, mode, options);
    }

    /// <summary>
    /// The answer by the two-hop labels of <see cref="EarliestArrivalIndex"/> (lenient, default filter): the earliest day from the
    /// labels, the path by a breadth-first search over the hops tight for this source and start, its days walked as the search would.
    /// </summary>
    private static TimeRespectingPath? FromLabels(DiplomaticGraph graph, QueryIndexes topology, int source, int target, DateOnly start, TimeOrderMode mode)
    {
        var found = topology.EarliestArrival.Labels.Path(source, target, start.DayNumber);
        if (found is null)
        {
            return null;
        }

        var adjacency = topology.TimeRespecting;
        var hops = new PathHop[found.Count - 1];
        int earliest = start.DayNumber, reachedBy = start.DayNumber;
        for (var i = 1; i < found.Count; i++)
        {
            var (at, slot) = found[i];
            var step = adjacency.Packed[slot];
            earliest = Math.Max(step.Earliest, earliest);
            reachedBy = step.Latest;
            hops[i - 1] = Hop(graph, topology, found[i - 1].Entity, at, slot);
        }

        return new TimeRespectingPath(
            new GraphPath(topology.Entities[source], [.. hops]), mode, start, DateOnly.FromDayNumber(earliest), DateOnly.FromDayNumber(reachedBy));
    }

    /// <summary>
    /// The label-setting search: any filter. What <see cref="EarliestArrival"/> does for filters the index does not serve, and
    /// what its answers are checked against.
    /// </summary>
    internal static TimeRespectingPath? Search(
        DiplomaticGraph graph, string from, string to, DateOnly start, TimeOrderMode mode = TimeOrderMode.Lenient, QueryFilter? filter = null)
    {
        var topology = graph.QueryIndexes;
        return Search(graph, topology, topology.PositionOf(QueryInput.Entity(graph, from)), topology.PositionOf(QueryInput.Entity(graph, to)), start, mode, filter ?? QueryFilter.Default);
    }

    private static TimeRespectingPath? Search(DiplomaticGraph graph, QueryIndexes topology, int source, int target, DateOnly start, TimeOrderMode mode, QueryFilter options)
    {
        var adjacency = topology.TimeRespecting;
        var types = options.OnlyTypes ?? CarrierTypes;
        var assertionMask = 0;
        foreach (var assertion in options.Assertions ?? QueryFilter.StatedOnly)
        {
            assertionMask |= assertion == Assertion.Denied ? 0 : 1 << (int)assertion;
        }

        // One table over a slot's packed info (carries, direction, assertion, type): whether the filter lets it carry at all.
        var directed = options.Directed;
        var usable = new bool[adjacency.TypeNames.Length << 8];
        for (var type = 0; type < adjacency.TypeNames.Length; type++)
        {
            if (!types.Contains(adjacency.TypeNames[type]))
            {
                continue;
            }

            for (var assertion = 0; assertion < 8; assertion++)
            {
                if (((assertionMask >> assertion) & 1) != 0)
                {
                    usable[(type << 8) | (assertion << 2) | 3] = true; // carries, leaves the entity
                    usable[(type << 8) | (assertion << 2) | 1] = !directed; // carries, enters it
                }
            }
        }

        // Types (OnlyTypes) and assertions are in the table; only a window needs each relation checked.
        var checkRelation = options.Window is not null;
        var checkThrough = options.AvoidKinds is not null || options.ThroughKinds is not null;
        var lenient = mode == TimeOrderMode.Lenient;
        var entryBound = int.MaxValue;
        if (source != target && (entryBound = EntryBound(adjacency, topology, target, source, start.DayNumber, lenient, usable, options)) < 0)
        {
            return null; // no hop could be the last: the search would walk everything reachable to learn as much
        }

        var search = SearchState.For(topology.Entities.Length);
        var labels = search.Labels;
        var stamp = search.Stamp;
        var queue = search.Queue;
        var slots = adjacency.Packed;
        var starts = adjacency.Start;
        var day = start.DayNumber;
        labels[source] = new Label(stamp, day, day, 0, -1, -1);
        // (key, hops) packed in one long: the same order, compared in one instruction.
        queue.Enqueue(source, Priority(day, 0));
        while (queue.TryDequeue(out var here, out var priority))
        {
            var label = labels[here];
            var key = label.Key(lenient);
            if (priority != Priority(key, label.Hops))
            {
                continue; // a stale entry: a better label was found after this one was queued
            }

            if (here == target)
            {
                return Finish(graph, topology, labels, source, target, mode, start);
            }

            if (key > entryBound && labels[target].Stamp != stamp)
            {
                // Keys only grow, and no hop into the target accepts a label past its bound: nothing can reach it any more.
                return null;
            }

            for (var slot = starts[here]; slot < starts[here + 1]; slot++)
            {
                var step = slots[slot];
                var next = step.Next;
                if (!usable[step.Info]
                    || (lenient ? step.Latest < label.Earliest : step.Earliest < label.ReachedBy)
                    || (checkRelation && !options.Allows(adjacency.Relations[slot]))
                    || (checkThrough && next != target && !options.AllowsThrough(topology.Entities[next])))
                {
                    // Lenient: the hop possibly follows (its latest day is not before the earliest day so far);
                    // strict: it certainly follows (its earliest day is on or after the previous hop's latest).
                    continue;
                }

                var earliest = Math.Max(step.Earliest, label.Earliest);
                var hops = label.Hops + 1;
                var better = Priority(lenient ? earliest : step.Latest, hops);
                var known = labels[next];
                if (known.Stamp != stamp || better < Priority(known.Key(lenient), known.Hops))
                {
                    labels[next] = new Label(stamp, earliest, step.Latest, hops, here, slot);
                    queue.Enqueue(next, better);
                }
            }
        }

        return null;
    }

    private static long Priority(int key, int hops) => ((long)key << 32) | (uint)hops;

    /// <summary>
    /// The latest key (lenient: earliest day; strict: the last hop's latest day) from which some relation of <paramref name="target"/>
    /// could still be the last hop of a path to it, or -1 when none could: one the search would walk into it (carried, of a carried
    /// type and assertion, in the window, into it when directed, from an entity that may be passed through or is the start) at a
    /// time not ruled out by the start day alone (lenient: its latest day not before it; strict: its earliest day on or after it).
    /// A hop is accepted from a label whose key is at most the hop's latest day (lenient) or earliest day (strict), so once the
    /// search's keys pass the largest of these, no path reaches the target any more.
    /// </summary>
    private static int EntryBound(
        TimeRespectingAdjacency adjacency, QueryIndexes topology, int target, int source, int start, bool lenient, bool[] usable, QueryFilter options)
    {
        var checkThrough = options.AvoidKinds is not null || options.ThroughKinds is not null;
        var targetEntity = topology.Entities[target];
        var bound = -1;
        for (var slot = adjacency.Start[target]; slot < adjacency.Start[target + 1]; slot++)
        {
            var step = adjacency.Packed[slot];
            var from = step.Next;
            // Seen from the target, a hop into it is a slot that does not leave it: flip the direction bit to ask the table. A hop
            // between two meetings takes its time (and whether it carries) from the meeting it leaves, so this side's slot does not
            // tell: such a hop counts as possible at any time.
            var between = targetEntity.Meeting is not null && topology.Entities[from].Meeting is not null;
            var limit = between ? int.MaxValue : lenient ? step.Latest : step.Earliest;
            if (usable[(step.Info ^ 2) | (between ? 1 : 0)] && limit >= start && limit > bound
                && (options.Window is null || options.Allows(adjacency.Relations[slot]))
                && (!checkThrough || from == source || options.AllowsThrough(topology.Entities[from])))
            {
                bound = limit;
            }
        }

        return bound;
    }

    private static TimeRespectingPath Finish(DiplomaticGraph graph, QueryIndexes topology, Label[] labels, int source, int target, TimeOrderMode mode, DateOnly start)
    {
        var hops = new List<PathHop>();
        for (var at = target; labels[at].Previous >= 0; at = labels[at].Previous)
        {
            hops.Add(Hop(graph, topology, labels[at].Previous, at, labels[at].Via));
        }

        hops.Reverse();
        var end = labels[target];
        return new TimeRespectingPath(
            new GraphPath(topology.Entities[source], [.. hops]), mode, start, DateOnly.FromDayNumber(end.Earliest), DateOnly.FromDayNumber(end.ReachedBy));
    }

    /// <summary>
    /// The hop from entity position <paramref name="from"/> to <paramref name="to"/> over adjacency slot <paramref name="slot"/>: its
    /// time is the meeting's when either end is a meeting, else the relation's; cited by the relation's first citation.
    /// </summary>
    private static PathHop Hop(DiplomaticGraph graph, QueryIndexes topology, int from, int to, int slot)
    {
        var previous = topology.Entities[from];
        var here = topology.Entities[to];
        var relation = topology.TimeRespecting.Relations[slot];
        var time = (previous.Meeting ?? here.Meeting)?.Time ?? relation.Time;
        return new PathHop(relation, previous, here, time, ResolvedCitation.Of(relation.Citations[0], graph));
    }

    /// <summary>
    /// How an entity was reached: earliest possible day, the latest possible day of the last hop (day numbers), hops, and the
    /// way back (the previous entity's position and the adjacency slot walked; -1 at the start). Known in the search whose
    /// <see cref="SearchState.Stamp"/> it carries (older labels are left over from earlier searches).
    /// </summary>
    private readonly record struct Label(int Stamp, int Earliest, int ReachedBy, int Hops, int Previous, int Via)
    {
        /// <summary>What the search minimizes: the earliest day when lenient, the last hop's latest day when strict.</summary>
        public int Key(bool lenient) => lenient ? Earliest : ReachedBy;
    }

    /// <summary>
    /// A thread's reusable search state: one label per entity and the queue, kept between calls so that a search costs what it
    /// visits, not an array of every entity cleared or allocated per call. Each search takes a new stamp; a label of an older
    /// stamp counts as unknown.
    /// </summary>
    private sealed class SearchState
    {
        [ThreadStatic]
        private static SearchState? current;

        public Label[] Labels { get; private set; } = [];

        public int Stamp { get; private set; }

        public PriorityQueue<int, long> Queue { get; } = new();

        public static SearchState For(int entities)
        {
            var search = current ??= new SearchState();
            if (search.Labels.Length < entities)
            {
                search.Labels = new Label[entities];
                search.Stamp = 0;
            }

            if (search.Stamp == int.MaxValue)
            {
                Array.Clear(search.Labels);
                search.Stamp = 0;
            }

            search.Stamp++;
            search.Queue.Clear();
            return search;
        }
    }
}
