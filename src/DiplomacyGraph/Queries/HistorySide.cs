using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// One side of a history or timeline: a queried entity and everyone who acts for it (<see cref="RepresentativeFinder"/>), by id, with
/// the number of relations they have between them (what scanning the side costs).
/// </summary>
internal sealed class HistorySide
{
    private readonly DiplomaticGraph graph;
    private readonly Representative self;

    /// <summary>The ways each member acts for the side, by id; none when the entity stands alone (no lookup then).</summary>
    private readonly Dictionary<string, List<Representative>>? byId;

    private long degree = -1;

    public HistorySide(DiplomaticGraph graph, Entity entity, bool viaMembers, QueryFilter filter)
    {
        this.graph = graph;
        Entity = entity;
        var all = RepresentativeFinder.Of(graph, entity, viaMembers, filter);
        self = all[0];
        if (all.Count == 1)
        {
            Members = [entity];
            return;
        }

        Members = [];
        byId = new(StringComparer.Ordinal);
        foreach (var who in all)
        {
            if (!byId.TryGetValue(who.Entity.Id, out var list))
            {
                byId[who.Entity.Id] = list = [];
                Members.Add(who.Entity);
            }

            list.Add(who);
        }
    }

    /// <summary>The queried entity.</summary>
    public Entity Entity { get; }

    /// <summary>The entity and each one acting for it, once each, closest first.</summary>
    public List<Entity> Members { get; }

    /// <summary>The relations of all members together (counted when first asked).</summary>
    public long Degree
    {
        get
        {
            if (degree < 0)
            {
                degree = 0;
                foreach (var member in Members)
                {
                    degree += graph.RelationsOf(member.Id).Length;
                }
            }

            return degree;
        }
    }

    public bool Contains(string id) => byId?.ContainsKey(id) ?? id == Entity.Id;

    /// <summary>
    /// The first way <paramref name="who"/> (an entity of the side's graph) could act for the side during <paramref name="time"/>, or
    /// <see langword="null"/>: <see cref="During(string, DateRange)"/> without a lookup when the entity stands alone.
    /// </summary>
    public Representative? During(Entity who, DateRange time) =>
        ReferenceEquals(who, Entity) ? self : byId is null ? null : During(who.Id, time);

    /// <summary>
    /// The first way <paramref name="who"/> could act for the side during <paramref name="relation"/>'s time: as
    /// <see cref="During(Entity, DateRange)"/>, the time read only when there is a member to look up.
    /// </summary>
    public Representative? During(Entity who, Relation relation) =>
        ReferenceEquals(who, Entity) ? self : byId is null ? null : During(who.Id, relation.Time);

    /// <summary>The first way <paramref name="id"/> could act for the side during <paramref name="time"/>, or <see langword="null"/>.</summary>
    public Representative? During(string id, DateRange time)
    {
        if (ReferenceEquals(id, Entity.Id))
        {
            return self; // the entity itself acts at any time
        }

        if (byId is null)
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

    /// <summary>The party <paramref name="who"/> makes (acting for this side's entity when it is a member), kept until a row's parties are read.</summary>
    public PartySpec Spec(Representative who, string? role) => new(who.Entity, role, who.Via.IsEmpty ? null : Entity, who.Via);
}
