using DiplomacyGraph.Model;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// An entity shown with the graph it belongs to: its facts, every relation in time order, and each quote with
/// its source's title. A bare <see cref="Model.Entity"/> knows nothing of its graph, so it shows only its own
/// facts and cites sources by id. Make one with <see cref="CardExtensions.Card(DiplomaticGraph, string)"/>.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record EntityCard
{
    /// <summary>Made by <see cref="CardExtensions"/> only: a field added later does not break callers.</summary>
    internal EntityCard(DiplomaticGraph graph, Entity entity)
    {
        Graph = graph;
        Entity = entity;
    }

    /// <summary>The graph the entity belongs to.</summary>
    public DiplomaticGraph Graph { get; init; }

    /// <summary>The entity.</summary>
    public Entity Entity { get; init; }
}
