using DiplomacyGraph.Model;

namespace DiplomacyGraph.PostgreSql.Writing;

/// <summary>The elements one write copies: all of a graph, or the part a replace touches.</summary>
internal sealed record GraphPart(
    IReadOnlyList<RelationType> Types,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relation> Relations)
{
    public static GraphPart Of(DiplomaticGraph graph) => new(graph.ExtensionTypes, graph.Sources, graph.Entities, graph.Relations);

    /// <summary>How many ordinals the part needs: one per type, source, entity and relation.</summary>
    public long Count => Types.Count + Sources.Count + Entities.Count + (long)Relations.Count;
}
