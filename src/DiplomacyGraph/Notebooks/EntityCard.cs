using DiplomacyGraph.Model;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// An entity shown with the graph it belongs to: its facts, every relation in time order, and each quote with
/// its source's title. A bare <see cref="Model.Entity"/> knows nothing of its graph, so it shows only its own
/// facts and cites sources by id. Make one with <see cref="CardExtensions.Card(DiplomaticGraph, string)"/>.
/// </summary>
/// <param name="Graph">The graph the entity belongs to.</param>
/// <param name="Entity">The entity.</param>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record EntityCard(DiplomaticGraph Graph, Entity Entity);
