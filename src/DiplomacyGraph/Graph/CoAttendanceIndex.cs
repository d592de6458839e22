using DiplomacyGraph.Model;

namespace DiplomacyGraph;

/// <summary>
/// For every unordered pair of entities, the meetings both attended (an <c>attended</c> relation from each to the meeting),
/// with where each one's first attendance stands in its <see cref="DiplomaticGraph.RelationsOf"/> list, so a query can list them
/// in either party's order. One flat array; the pair's range is a dictionary lookup. Built once per graph, on first use.
/// </summary>
internal sealed class CoAttendanceIndex
{
    private readonly Dictionary<EntityPair, (int Start, int Count)> ranges;
    private readonly CoAttendance[] shared;

    public CoAttendanceIndex(DiplomaticGraph graph)
    {
        var attendees = new Dictionary<Entity, List<(string Id, int At)>>();
        foreach (var entity in graph.Entities)
        {
            var relations = graph.RelationsOf(entity.Id);
            for (var at = 0; at < relations.Length; at++)
            {
                var relation = relations[at];
                if (relation.Type != RelationTypes.Attended.Name || relation.From != entity.Id
                    || !graph.TryGetEntity(relation.To, out var meeting) || meeting.Meeting is null)
                {
                    continue;
                }

                if (!attendees.TryGetValue(meeting, out var list))
                {
                    attendees[meeting] = list = [];
                }

                // An entity's relations are walked together, so a repeated attendance follows its first one.
                if (list.Count == 0 || list[^1].Id != entity.Id)
                {
                    list.Add((entity.Id, at));
                }
            }
        }

        var byPair = new Dictionary<EntityPair, List<CoAttendance>>();
        var total = 0;
        foreach (var (meeting, list) in attendees)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var pair = EntityPair.Of(list[i].Id, list[j].Id);
                    var (firstAt, secondAt) = pair.First == list[i].Id ? (list[i].At, list[j].At) : (list[j].At, list[i].At);
                    if (!byPair.TryGetValue(pair, out var entries))
                    {
                        byPair[pair] = entries = [];
                    }

                    entries.Add(new CoAttendance(meeting, firstAt, secondAt));
                    total++;
                }
            }
        }

        shared = new CoAttendance[total];
        ranges = new Dictionary<EntityPair, (int Start, int Count)>(byPair.Count);
        var next = 0;
        foreach (var (pair, entries) in byPair)
        {
            entries.CopyTo(shared, next);
            ranges[pair] = (next, entries.Count);
            next += entries.Count;
        }
    }

    /// <summary>
    /// The meetings <paramref name="entity"/> and <paramref name="other"/> both attended, in the order of <paramref name="entity"/>'s
    /// first attendance of each in its <see cref="DiplomaticGraph.RelationsOf"/> list.
    /// </summary>
    public Entity[] InOrderOf(string entity, string other)
    {
        var pair = EntityPair.Of(entity, other);
        if (entity == other || !ranges.TryGetValue(pair, out var range))
        {
            return [];
        }

        var meetings = new Entity[range.Count];
        var order = new int[range.Count];
        var entityIsFirst = pair.First == entity;
        for (var i = 0; i < range.Count; i++)
        {
            var entry = shared[range.Start + i];
            meetings[i] = entry.Meeting;
            order[i] = entityIsFirst ? entry.FirstAt : entry.SecondAt;
        }

        Array.Sort(order, meetings);
        return meetings;
    }

    /// <summary>A meeting two entities attended, and the position of each one's first attendance in its own relations.</summary>
    private readonly record struct CoAttendance(Entity Meeting, int FirstAt, int SecondAt);
}
