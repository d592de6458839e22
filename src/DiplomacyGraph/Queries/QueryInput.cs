using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>How every query reads the entity it is given: an id, or else a name resolved by <see cref="EntityResolver.Resolve"/>.</summary>
internal static class QueryInput
{
    /// <summary>The entity with this id, or the one entity this name means.</summary>
    /// <exception cref="EntityResolutionException">Not an id, and the name matches no entity or several.</exception>
    public static Entity Entity(DiplomaticGraph graph, string idOrName) =>
        graph.TryGetEntity(idOrName, out var entity) ? entity : graph.Resolve(idOrName);

    /// <summary>The vertex (<see cref="QueryIndexes"/>) of the entity <see cref="Entity"/> reads: one lookup when it is an id.</summary>
    /// <exception cref="EntityResolutionException">Not an id, and the name matches no entity or several.</exception>
    public static int Position(DiplomaticGraph graph, string idOrName) =>
        graph.QueryIndexes.TryPositionOf(idOrName, out var position) ? position : graph.QueryIndexes.PositionOf(graph.Resolve(idOrName));
}
