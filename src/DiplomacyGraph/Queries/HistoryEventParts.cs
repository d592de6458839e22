using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// The parts a timeline's side took in events — its attendances of meetings, or its parts in statements — grouped by event, the
/// events in the order first met (what the rows' order rests on). A few events are found by a linear search, more by position.
/// </summary>
internal sealed class HistoryEventParts
{
    /// <summary>Up to this many events, an event is found by a linear search.</summary>
    private const int Linear = 8;

    private Dictionary<int, int>? byPosition;

    /// <summary>Each event: its entity position, the entity, and the side's parts in it (who took part, by which relation), in order.</summary>
    public List<(int Position, Entity Event, List<(Representative Who, Relation Part)> Parts)> Events { get; } = [];

    /// <summary>Adds one part in the event at <paramref name="position"/>.</summary>
    public void Add(int position, Entity @event, Representative who, Relation part)
    {
        var at = Find(position);
        if (at >= 0)
        {
            Events[at].Parts.Add((who, part));
            return;
        }

        Events.Add((position, @event, [(who, part)]));
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

    /// <summary>The parts of one event, each relation once (the first time it was met).</summary>
    public static List<(Representative Who, Relation Part)> Distinct(List<(Representative Who, Relation Part)> parts) =>
        parts.Count == 1 ? parts : parts.DistinctBy(p => p.Part).ToList();

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
}
