using DiplomacyGraph.Model;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// A relation shown with the graph it belongs to, so its row names both entities and each quote's source title.
/// Make one with <see cref="CardExtensions.Card(DiplomaticGraph, Relation)"/>.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record RelationCard
{
    /// <summary>Made by <see cref="CardExtensions"/> only: a field added later does not break callers.</summary>
    internal RelationCard(DiplomaticGraph graph, Relation relation)
    {
        Graph = graph;
        Relation = relation;
    }

    /// <summary>The graph the relation belongs to.</summary>
    public DiplomaticGraph Graph { get; init; }

    /// <summary>The relation.</summary>
    public Relation Relation { get; init; }
}
