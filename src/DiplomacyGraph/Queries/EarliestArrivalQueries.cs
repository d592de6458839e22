using System.Buffers;
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
    /// <see cref="TimeRespectingPath.ReachedBy"/>. Among equally early paths, the one with fewer hops wins.</para>
    /// <para>QuikGraph has no time-respecting search, so this is a label-setting search (Dijkstra over arrival days) written here,
    /// walking each entity's relations (<see cref="DiplomaticGraph.RelationsOf"/>, held as arrays of entity positions and day numbers).
    /// The filter works as for paths; when <see cref="QueryFilter.OnlyTypes"/> is <see langword="null"/>, <see cref="CarrierTypes"/> are used.</para>
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
        var adjacency = topology.TimeRespecting;
        var types = options.OnlyTypes ?? CarrierTypes;
        var carriedTypes = new bool[adjacency.TypeNames.Length];
        for (var i = 0; i < carriedTypes.Length; i++)
        {
            carriedTypes[i] = types.Contains(adjacency.TypeNames[i]);
        }

        var assertionMask = 0;
        foreach (var assertion in options.Assertions ?? QueryFilter.StatedOnly)
        {
            assertionMask |= assertion == Assertion.Denied ? 0 : 1 << (int)assertion;
        }

        // RelationTypes is already in carriedTypes and assertions in the mask; only a window needs each relation checked.
        var checkRelation = options.Window is not null;
        var directed = options.Directed;
        var checkThrough = options.AvoidKinds is not null || options.ThroughKinds is not null;
        var lenient = mode == TimeOrderMode.Lenient;
        var source = topology.PositionOf(sourceEntity);
        var target = topology.PositionOf(targetEntity);
        if (source != target && !CanBeEntered(adjacency, topology, target, source, start.DayNumber, lenient, carriedTypes, assertionMask, options))
        {
            return null; // no hop could be the last: the search would walk everything reachable to learn as much
        }

        var labels = ArrayPool<Label>.Shared.Rent(topology.Entities.Length);
        try
        {
            Array.Clear(labels, 0, topology.Entities.Length);
            var day = start.DayNumber;
            labels[source] = new Label(day, day, 0, -1, -1, Known: true);
            // (key, hops) packed in one long: the same order, compared in one instruction.
            var queue = new PriorityQueue<int, long>();
            queue.Enqueue(source, Priority(day, 0));
            while (queue.TryDequeue(out var here, out var priority))
            {
                var label = labels[here];
                if (priority != Priority(label.Key(lenient), label.Hops))
                {
                    continue; // a stale entry: a better label was found after this one was queued
                }

                if (here == target)
                {
                    return Finish(graph, topology, labels, source, target, mode, start);
                }

                for (var slot = adjacency.Start[here]; slot < adjacency.Start[here + 1]; slot++)
                {
                    var next = adjacency.Next[slot];
                    if (!adjacency.Carries[slot] || !carriedTypes[adjacency.TypeOf[slot]] || ((assertionMask >> adjacency.Assertion[slot]) & 1) == 0 || (directed && !adjacency.Outgoing[slot])
                        || (checkRelation && !options.Allows(adjacency.Relations[slot]))
                        || (checkThrough && next != target && !options.AllowsThrough(topology.Entities[next])))
                    {
                        continue;
                    }

                    // Lenient: the hop possibly follows (its latest day is not before the earliest day so far);
                    // strict: it certainly follows (its earliest day is on or after the previous hop's latest).
                    var earliest = adjacency.Earliest[slot];
                    var latest = adjacency.Latest[slot];
                    if (lenient ? latest < label.Earliest : earliest < label.ReachedBy)
                    {
                        continue;
                    }

                    var reached = new Label(Math.Max(earliest, label.Earliest), latest, label.Hops + 1, here, slot, Known: true);
                    var known = labels[next];
                    var better = Priority(reached.Key(lenient), reached.Hops);
                    if (!known.Known || better < Priority(known.Key(lenient), known.Hops))
                    {
                        labels[next] = reached;
                        queue.Enqueue(next, better);
                    }
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<Label>.Shared.Return(labels);
        }
    }

    private static long Priority(int key, int hops) => ((long)key << 32) | (uint)hops;

    /// <summary>
    /// True when some relation of <paramref name="target"/> could be the last hop of a path to it: one the search would walk into it
    /// (carried, of a carried type and assertion, in the window, into it when directed, from an entity that may be passed through or
    /// is the start) at a time not ruled out by the start day alone (lenient: its latest day not before it; strict: its earliest day on
    /// or after it). When there is none, no path reaches it.
    /// </summary>
    private static bool CanBeEntered(
        TimeRespectingAdjacency adjacency, QueryIndexes topology, int target, int source, int start, bool lenient, bool[] carriedTypes, int assertionMask, QueryFilter options)
    {
        var checkThrough = options.AvoidKinds is not null || options.ThroughKinds is not null;
        for (var slot = adjacency.Start[target]; slot < adjacency.Start[target + 1]; slot++)
        {
            var from = adjacency.Next[slot];
            if (adjacency.Carries[slot] && carriedTypes[adjacency.TypeOf[slot]] && ((assertionMask >> adjacency.Assertion[slot]) & 1) != 0
                && (!options.Directed || !adjacency.Outgoing[slot])
                && (options.Window is null || options.Allows(adjacency.Relations[slot]))
                && (!checkThrough || from == source || options.AllowsThrough(topology.Entities[from]))
                && (lenient ? adjacency.Latest[slot] >= start : adjacency.Earliest[slot] >= start))
            {
                return true;
            }
        }

        return false;
    }

    private static TimeRespectingPath Finish(DiplomaticGraph graph, QueryIndexes topology, Label[] labels, int source, int target, TimeOrderMode mode, DateOnly start)
    {
        var relations = topology.TimeRespecting.Relations;
        var hops = new List<PathHop>();
        for (var at = target; labels[at].Previous >= 0; at = labels[at].Previous)
        {
            var previous = topology.Entities[labels[at].Previous];
            var here = topology.Entities[at];
            var relation = relations[labels[at].Via];
            var time = (previous.Meeting ?? here.Meeting)?.Time ?? relation.Time;
            hops.Add(new PathHop(relation, previous, here, time, ResolvedCitation.Of(relation.Citations[0], graph)));
        }

        hops.Reverse();
        var end = labels[target];
        return new TimeRespectingPath(
            new GraphPath(topology.Entities[source], [.. hops]), mode, start, DateOnly.FromDayNumber(end.Earliest), DateOnly.FromDayNumber(end.ReachedBy));
    }

    /// <summary>
    /// How an entity was reached: earliest possible day, the latest possible day of the last hop (day numbers), hops, and the
    /// way back (the previous entity's position and the adjacency slot walked; -1 at the start).
    /// </summary>
    private readonly record struct Label(int Earliest, int ReachedBy, int Hops, int Previous, int Via, bool Known)
    {
        /// <summary>What the search minimizes: the earliest day when lenient, the last hop's latest day when strict.</summary>
        public int Key(bool lenient) => lenient ? Earliest : ReachedBy;
    }
}
