using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// The parts a timeline's side took in events — its attendances of meetings, or its parts in statements — grouped by event, the
/// events in the order first met (what the rows' order rests on). A few events are found by a linear search, more by position.
/// Most events have one part: it is held in the event itself, and a list is made only for a second.
/// </summary>
internal sealed class HistoryEventParts
{
    /// <summary>Up to this many events, an event is found by a linear search.</summary>
    private const int Linear = 8;

    private Dictionary<int, int>? byPosition;

    /// <summary>Each event, in the order first met.</summary>
    public List<Event> Events { get; } = [];

    /// <summary>Adds one part in the event at <paramref name="position"/>.</summary>
    public void Add(int position, Entity @event, Representative who, Relation part)
    {
        var at = Find(position);
        if (at >= 0)
        {
            var found = Events[at];
            if (found.More is null)
            {
                Events[at] = new Event(position, found.Entity, found.First, [found.First, (who, part)]);
            }
            else
            {
                found.More.Add((who, part));
            }

            return;
        }

        Events.Add(new Event(position, @event, (who, part), null));
        if (byPosition is not null)
        {
            byPosition[position] = Events.Count - 1;
        }
        else if (Events.Count > Linear)
        {
            byPosition = new Dictionary<int, int>(Events.Count * 2);
            for (var i = 0; i < Events.Count; i++)
            {
                byPosition[Events[i].Position] = i;
            }
        }
    }

    private int Find(int position)
    {
        if (byPosition is not null)
        {
            return byPosition.GetValueOrDefault(position, -1);
        }

        for (var i = 0; i < Events.Count; i++)
        {
            if (Events[i].Position == position)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The parts of one event, each relation once (the first time it was met): the one it holds, or a new list of them.</summary>
    public static ReadOnlySpan<(Representative Who, Relation Part)> Distinct(in Event @event) =>
        @event.More is null ? new ReadOnlySpan<(Representative Who, Relation Part)>(in @event.First) : @event.More.DistinctBy(p => p.Part).ToArray();

    /// <summary>One event the side took part in (fields, not properties: <see cref="Distinct"/> lends out its one part in place).</summary>
    internal readonly struct Event(int position, Entity entity, (Representative Who, Relation Part) first, List<(Representative Who, Relation Part)>? more)
    {
        /// <summary>The event's entity position.</summary>
        public readonly int Position = position;

        /// <summary>The meeting or statement.</summary>
        public readonly Entity Entity = entity;

        /// <summary>The first part met: who took part, by which relation.</summary>
        public readonly (Representative Who, Relation Part) First = first;

        /// <summary>Every part, the first included, in order, once there is a second; else none.</summary>
        public readonly List<(Representative Who, Relation Part)>? More = more;
    }
}
