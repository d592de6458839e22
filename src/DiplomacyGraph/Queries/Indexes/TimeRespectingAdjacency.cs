using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// Every entity's relations, in <see cref="DiplomaticGraph.RelationsOf"/> order (self-loops left out), as flat arrays indexed by
/// slot: entity <c>v</c>'s slots are <c>[Start[v], Start[v + 1])</c>. Per slot: the relation, and in one packed item the entity at
/// the other end, whether it leaves <c>v</c>, its type as a number, its assertion, and the time a message would pass — the meeting's
/// time when either end is a meeting, else the relation's — as day numbers, with whether it can carry at all (not through a
/// meeting that was not held). 24 bytes a slot, two slots a relation: each fact is held once.
/// </summary>
internal sealed class TimeRespectingAdjacency
{
    public TimeRespectingAdjacency(DiplomaticGraph graph, IReadOnlyDictionary<string, int> positions)
    {
        var entities = graph.Entities;
        var slots = 0;
        foreach (var entity in entities)
        {
            slots += graph.RelationsOf(entity.Id).Count(r => r.From != r.To);
        }

        Start = new int[entities.Length + 1];
        Events = new byte[entities.Length];
        Relations = new Relation[slots];
        Packed = new TimeRespectingSlot[slots];
        var typeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var slot = 0;
        for (var v = 0; v < entities.Length; v++)
        {
            var here = entities[v];
            Start[v] = slot;
            Events[v] = (byte)((here.Meeting is null ? 0 : MeetingEvent) | (here.Statement is null ? 0 : StatementEvent));
            foreach (var relation in graph.RelationsOf(here.Id))
            {
                if (relation.From == relation.To)
                {
                    continue;
                }

                var outgoing = relation.From == here.Id;
                var next = positions[outgoing ? relation.To : relation.From];
                var meeting = here.Meeting ?? entities[next].Meeting;
                var time = meeting?.Time ?? relation.Time;
                if (!typeIds.TryGetValue(relation.Type, out var type))
                {
                    typeIds[relation.Type] = type = typeIds.Count;
                }

                Relations[slot] = relation;
                var carries = meeting is null || meeting.Status == MeetingStatus.Held;
                Packed[slot] = new TimeRespectingSlot(next, time.Earliest.DayNumber, time.Latest.DayNumber, TimeRespectingSlot.Pack(type, relation.Assertion, outgoing, carries));
                slot++;
            }
        }

        Start[entities.Length] = slot;
        TypeNames = [.. typeIds.OrderBy(p => p.Value).Select(p => p.Key)];
        MetType = typeIds.GetValueOrDefault(BuiltInRelationTypes.Met.Name, -1);
    }

    /// <summary>The number of the <c>met</c> type (<see cref="TimeRespectingSlot.Type"/>), or −1 when no relation has it.</summary>
    public int MetType { get; }

    /// <summary>In <see cref="Events"/>: the entity is a meeting (it has <see cref="Entity.Meeting"/> details).</summary>
    public const byte MeetingEvent = 1;

    /// <summary>In <see cref="Events"/>: the entity is a statement (it has <see cref="Entity.Statement"/> details).</summary>
    public const byte StatementEvent = 2;

    /// <summary>
    /// Per entity position, whether it is a meeting or a statement (<see cref="MeetingEvent"/>, <see cref="StatementEvent"/>): one
    /// byte each, so that a scan of relations learns what the other ends are without reading them.
    /// </summary>
    public byte[] Events { get; }

    /// <summary>Where each entity's slots begin (one more entry than entities: the end of the last).</summary>
    public int[] Start { get; }

    /// <summary>The relation.</summary>
    public Relation[] Relations { get; }

    /// <summary>
    /// Per slot, what the time-respecting search reads, in one 16-byte item (one cache line holds four slots): the other end, the
    /// two day numbers, and type, assertion, direction and whether it carries packed in one int.
    /// </summary>
    public TimeRespectingSlot[] Packed { get; }

    /// <summary>The relation types that occur, by number.</summary>
    public ImmutableArray<string> TypeNames { get; }
}

/// <summary>One slot of <see cref="TimeRespectingAdjacency.Packed"/>: the other end, the earliest and latest day, and the packed rest.</summary>
/// <param name="Next">The entity position at the other end.</param>
/// <param name="Earliest">The earliest possible day a message passes.</param>
/// <param name="Latest">The latest possible day a message passes.</param>
/// <param name="Info">Bit 0: it carries; bit 1: it leaves the slot's entity; bits 2–4: the assertion; bits 8 and up: the type number.</param>
internal readonly record struct TimeRespectingSlot(int Next, int Earliest, int Latest, int Info)
{
    public static int Pack(int type, Assertion assertion, bool outgoing, bool carries) =>
        (type << 8) | ((int)assertion << 2) | (outgoing ? 2 : 0) | (carries ? 1 : 0);

    /// <summary>True when the relation goes from the slot's entity to the other end.</summary>
    public bool Leaves => (Info & 2) != 0;

    /// <summary>The relation's type, as a number (<see cref="TimeRespectingAdjacency.TypeNames"/>).</summary>
    public int Type => Info >> 8;
}
