using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// Every query that takes an entity also takes the <see cref="Entity"/> itself, as <see cref="EntityResolver.Resolve"/> or any
/// other query returns it: <c>graph.History(graph.Resolve("Pakistan"), graph.Resolve("Afghanistan"))</c>. (The string forms take
/// an id or a name.)
/// </summary>
public static class EntityArguments
{
    /// <summary>Every relation that starts or ends at the entity, in time order; see <see cref="DiplomaticGraph.RelationsOf"/>.</summary>
    public static ImmutableArray<Relation> RelationsOf(this DiplomaticGraph graph, Entity entity) => Graph(graph).RelationsOf(Id(entity));

    /// <summary>Every relation directly between two entities, either way round, in time order.</summary>
    public static ImmutableArray<Relation> RelationsBetween(this DiplomaticGraph graph, Entity a, Entity b) => Graph(graph).RelationsBetween(Id(a), Id(b));

    /// <summary><see cref="HistoryQueries.History"/> of two entities.</summary>
    public static ImmutableArray<HistoryEntry> History(this DiplomaticGraph graph, Entity a, Entity b, QueryFilter? filter = null, bool direct = false) =>
        Graph(graph).History(Id(a), Id(b), filter, direct);

    /// <summary><see cref="HistoryQueries.Timeline"/> of an entity.</summary>
    public static ImmutableArray<HistoryEntry> Timeline(this DiplomaticGraph graph, Entity entity, QueryFilter? filter = null, bool direct = false) =>
        Graph(graph).Timeline(Id(entity), filter, direct);

    /// <summary><see cref="PathQueries.ShortestPath"/> between two entities.</summary>
    public static GraphPath? ShortestPath(this DiplomaticGraph graph, Entity from, Entity to, QueryFilter? filter = null) =>
        Graph(graph).ShortestPath(Id(from), Id(to), filter);

    /// <summary><see cref="PathQueries.CheapestPath"/> between two entities.</summary>
    public static GraphPath? CheapestPath(this DiplomaticGraph graph, Entity from, Entity to, Func<Relation, double> cost, QueryFilter? filter = null) =>
        Graph(graph).CheapestPath(Id(from), Id(to), cost, filter);

    /// <summary><see cref="PathQueries.KShortestPaths"/> between two entities.</summary>
    public static ImmutableArray<GraphPath> KShortestPaths(
        this DiplomaticGraph graph, Entity from, Entity to, int k, QueryFilter? filter = null, Func<Relation, double>? cost = null) =>
        Graph(graph).KShortestPaths(Id(from), Id(to), k, filter, cost);

    /// <summary><see cref="PathQueries.AllPaths"/> between two entities.</summary>
    public static ImmutableArray<GraphPath> AllPaths(
        this DiplomaticGraph graph, Entity from, Entity to, int maxHops, QueryFilter? filter = null, int maxPaths = PathQueries.DefaultMaxPaths, long maxSteps = PathQueries.DefaultMaxSteps) =>
        Graph(graph).AllPaths(Id(from), Id(to), maxHops, filter, maxPaths, maxSteps);

    /// <summary><see cref="EarliestArrivalQueries.EarliestArrival"/> between two entities.</summary>
    public static TimeRespectingPath? EarliestArrival(
        this DiplomaticGraph graph, Entity from, Entity to, DateOnly start, TimeOrderMode mode = TimeOrderMode.Lenient, QueryFilter? filter = null) =>
        Graph(graph).EarliestArrival(Id(from), Id(to), start, mode, filter);

    /// <summary><see cref="NeighbourhoodQueries.Neighbourhood"/> of an entity.</summary>
    public static DiplomaticGraph Neighbourhood(this DiplomaticGraph graph, Entity entity, int hops, QueryFilter? filter = null) =>
        Graph(graph).Neighbourhood(Id(entity), hops, filter);

    /// <summary><see cref="OfficeQueries.OfficeHolders(DiplomaticGraph, string, string, DateRange)"/> of a country or organization.</summary>
    public static ImmutableArray<OfficeHolder> OfficeHolders(this DiplomaticGraph graph, Entity organization, string role, DateRange when) =>
        Graph(graph).OfficeHolders(Id(organization), role, when);

    private static DiplomaticGraph Graph(DiplomaticGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph;
    }

    private static string Id(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Id;
    }
}
