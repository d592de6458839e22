using System.Collections.Frozen;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Time-respecting paths: chains of contacts that could carry a message, each no earlier than the one before.</summary>
public static class TemporalQueries
{
    /// <summary>The relation types a message travels along unless <see cref="PathOptions.RelationTypes"/> says otherwise: <c>attended</c>, <c>met</c>, <c>briefed</c>.</summary>
    public static IReadOnlySet<string> CarrierTypes { get; } = FrozenSet.ToFrozenSet(
        [RelationTypes.Attended.Name, RelationTypes.Met.Name, RelationTypes.Briefed.Name], StringComparer.Ordinal);

    /// <summary>
    /// The time-respecting path from one entity to another that reaches it earliest, starting no earlier than
    /// <paramref name="start"/>, or <see langword="null"/> when there is none.
    /// </summary>
    /// <remarks>
    /// <para>A hop's time is its relation's time; a hop into or out of a meeting is attending it, at the meeting's time.
    /// Denied and planned relations carry nothing, and only a meeting whose latest status is <c>Held</c> can be passed through.</para>
    /// <para>Order of hops (see <see cref="TemporalMode"/>): <see cref="TemporalMode.Lenient"/> accepts a hop when its latest possible
    /// day is not before the earliest day the previous hops allow (so there is a consistent choice of days) and minimizes
    /// <see cref="TemporalPath.EarliestArrival"/>; <see cref="TemporalMode.Strict"/> accepts a hop only when its earliest possible
    /// day is on or after the previous hop's latest possible day (the first on or after <paramref name="start"/>) and minimizes
    /// <see cref="TemporalPath.ReachedBy"/>. Among equally early paths, the one with fewer hops wins.</para>
    /// <para>QuikGraph has no time-respecting search, so this is a label-setting search (Dijkstra over arrival days) written here,
    /// walking <see cref="DiplomaticGraph.RelationsOf"/>. Options filter as for paths; when
    /// <see cref="PathOptions.RelationTypes"/> is <see langword="null"/>, <see cref="CarrierTypes"/> are used.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="from">The id of the entity the message starts with.</param>
    /// <param name="to">The id of the entity it should reach.</param>
    /// <param name="start">No hop before this day.</param>
    /// <param name="mode">Lenient (possibly in order) or strict (certainly in order).</param>
    /// <param name="options">Filters and direction; undirected, <see cref="CarrierTypes"/> when <see langword="null"/>.</param>
    /// <exception cref="KeyNotFoundException">Either id names no entity.</exception>
    /// <example><code>graph.EarliestArrival("amir-khan-muttaqi", "ishaq-dar", new DateOnly(2025, 3, 1), TemporalMode.Strict);</code></example>
    public static TemporalPath? EarliestArrival(
        this DiplomaticGraph graph, string from, string to, DateOnly start, TemporalMode mode = TemporalMode.Lenient, PathOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var source = graph.GetEntity(from);
        var target = graph.GetEntity(to);
        options ??= PathOptions.Default;
        var types = options.RelationTypes ?? CarrierTypes;
        var labels = new Dictionary<Entity, Label> { [source] = new Label(start, start, 0, null, null) };
        var queue = new PriorityQueue<Entity, (DateOnly Key, int Hops)>();
        queue.Enqueue(source, (start, 0));
        while (queue.TryDequeue(out var here, out var priority))
        {
            var label = labels[here];
            if (priority != (Key(label, mode), label.Hops))
            {
                continue; // a stale entry: a better label was found after this one was queued
            }

            if (here == target)
            {
                return Finish(graph, labels, source, target, mode, start);
            }

            foreach (var relation in graph.RelationsOf(here.Id))
            {
                if (!Carries(graph, relation, types, options, here, out var next, out var time)
                    || (next != target && !options.AllowsThrough(next)))
                {
                    continue;
                }

                var reached = Step(label, time, mode, here, relation);
                if (reached is null)
                {
                    continue;
                }

                if (!labels.TryGetValue(next, out var known) || (Key(reached, mode), reached.Hops).CompareTo((Key(known, mode), known.Hops)) < 0)
                {
                    labels[next] = reached;
                    queue.Enqueue(next, (Key(reached, mode), reached.Hops));
                }
            }
        }

        return null;
    }

    private static DateOnly Key(Label label, TemporalMode mode) => mode == TemporalMode.Lenient ? label.Earliest : label.ReachedBy;

    private static Label? Step(Label label, DateRange time, TemporalMode mode, Entity here, Relation relation)
    {
        var allowed = mode == TemporalMode.Lenient ? time.Latest >= label.Earliest : time.Earliest >= label.ReachedBy;
        if (!allowed)
        {
            return null;
        }

        var earliest = time.Earliest > label.Earliest ? time.Earliest : label.Earliest;
        return new Label(earliest, time.Latest, label.Hops + 1, here, relation);
    }

    private static bool Carries(DiplomaticGraph graph, Relation relation, IReadOnlySet<string> types, PathOptions options, Entity here, out Entity next, out DateRange time)
    {
        next = null!;
        time = relation.Time;
        if (relation.From == relation.To || !types.Contains(relation.Type) || !options.Allows(relation)
            || relation.Assertion is Assertion.Denied or Assertion.Planned || (options.Directed && relation.From != here.Id))
        {
            return false;
        }

        next = graph.GetEntity(relation.From == here.Id ? relation.To : relation.From);
        var meeting = here.Meeting ?? next.Meeting;
        if (meeting is not null)
        {
            if (meeting.Status != MeetingStatus.Held)
            {
                return false;
            }

            time = meeting.Time;
        }

        return true;
    }

    private static TemporalPath Finish(DiplomaticGraph graph, Dictionary<Entity, Label> labels, Entity source, Entity target, TemporalMode mode, DateOnly start)
    {
        var hops = new List<PathHop>();
        for (var at = target; labels[at].Previous is { } previous; at = previous)
        {
            var relation = labels[at].Via!;
            var time = (previous.Meeting ?? at.Meeting)?.Time ?? relation.Time;
            hops.Add(new PathHop(relation, previous, at, time, SourcedCitation.Of(relation.Citations[0], graph)));
        }

        hops.Reverse();
        var end = labels[target];
        return new TemporalPath(new GraphPath(source, [.. hops]), mode, start, end.Earliest, end.ReachedBy);
    }

    /// <summary>How an entity was reached: earliest possible day, the latest possible day of the last hop, hops, and the way back.</summary>
    private sealed record Label(DateOnly Earliest, DateOnly ReachedBy, int Hops, Entity? Previous, Relation? Via);
}
