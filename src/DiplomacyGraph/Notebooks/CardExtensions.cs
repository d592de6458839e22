using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>Pairs an entity or relation with its graph for display, so nothing global has to remember which graph it came from.</summary>
/// <example><code>
/// var graph = Seeds.Load();
/// graph.Card("Sadiq")   // in a notebook cell: Sadiq's facts, relations in time order, quotes with source titles
/// </code></example>
public static class CardExtensions
{
    /// <summary>The entity a name resolves to (<see cref="EntityResolver.Resolve"/>), with its graph.</summary>
    /// <exception cref="EntityResolutionException">The name matches no entity, or several.</exception>
    public static EntityCard Card(this DiplomaticGraph graph, string entity) => new(graph, graph.Resolve(entity));

    /// <summary>An entity of this graph, with the graph.</summary>
    public static EntityCard Card(this DiplomaticGraph graph, Entity entity) => new(graph, entity);

    /// <summary>A relation of this graph, with the graph.</summary>
    public static RelationCard Card(this DiplomaticGraph graph, Relation relation) => new(graph, relation);
}
