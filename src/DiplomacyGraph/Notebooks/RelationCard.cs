using DiplomacyGraph.Model;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// A relation shown with the graph it belongs to, so its row names both entities and each quote's source title.
/// Make one with <see cref="CardExtensions.Card(DiplomaticGraph, Relation)"/>.
/// </summary>
/// <param name="Graph">The graph the relation belongs to.</param>
/// <param name="Relation">The relation.</param>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record RelationCard(DiplomaticGraph Graph, Relation Relation);
