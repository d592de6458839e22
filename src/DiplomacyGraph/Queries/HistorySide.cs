using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// One side of a history or timeline: a queried entity and everyone who acts for it (<see cref="RepresentativeFinder"/>), by id, with
/// the number of relations they have between them (what scanning the side costs).
/// </summary>
internal sealed class HistorySide
{
    private readonly Dictionary<string, List<Representative>> byId = new(StringComparer.Ordinal);
    private readonly Representative self;

    public HistorySide(DiplomaticGraph graph, Entity entity, bool viaMembers, QueryFilter filter)
    {
        Entity = entity;
        var all = RepresentativeFinder.Of(graph, entity, viaMembers, filter);
        self = all[0];
        foreach (var who in all)
        {
            if (!byId.TryGetValue(who.Entity.Id, out var list))
            {
                byId[who.Entity.Id] = list = [];
                Members.Add(who.Entity);
                Degree += graph.RelationsOf(who.Entity.Id).Length;
            }

            list.Add(who);
        }
    }

    /// <summary>The queried entity.</summary>
    public Entity Entity { get; }

    /// <summary>The entity and each one acting for it, once each, closest first.</summary>
    public List<Entity> Members { get; } = [];

    /// <summary>The relations of all members together.</summary>
    public long Degree { get; }

    public bool Contains(string id) => byId.ContainsKey(id);

    /// <summary>The first way <paramref name="id"/> could act for the side during <paramref name="time"/>, or <see langword="null"/>.</summary>
    public Representative? During(string id, DateRange time)
    {
        if (ReferenceEquals(id, Entity.Id))
        {
            return self; // the entity itself acts at any time
        }

        if (Members.Count == 1)
        {
            return id == Entity.Id ? self : null; // only the entity itself (no lookup)
        }

        if (!byId.TryGetValue(id, out var ways))
        {
            return null;
        }

        foreach (var way in ways)
        {
            if (way.CouldActDuring(time))
            {
                return way;
            }
        }

        return null;
    }

    /// <summary>What <see cref="Party"/> would make of <paramref name="who"/>, kept for later.</summary>
    public PartySpec Spec(Representative who, string? role) => new(who.Entity, role, who.Via.IsEmpty ? null : Entity, who.Via);

    /// <summary>The party entry of <paramref name="who"/> (acting for this side's entity when it is a member).</summary>
    public HistoryParty Party(Representative who, string? role, Assertion assertion) =>
        new(who.Entity, role, assertion, who.Via.IsEmpty ? null : Entity, who.Via);
}
