using System.Collections.Immutable;
using DiplomacyGraph.Queries;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// Contradictions (from <see cref="ContradictionQueries.Contradictions"/>) to display as one table: each pair of
/// claims with their dates and quotes, then the sources. Make one with
/// <see cref="TableExtensions.ToTable(IEnumerable{Contradiction}, DiplomaticGraph)"/>.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ContradictionTable
{
    internal ContradictionTable(ImmutableArray<Contradiction> contradictions, DiplomaticGraph? graph)
    {
        Contradictions = contradictions;
        Graph = graph;
    }

    /// <summary>The contradictions, in the order given.</summary>
    public ImmutableArray<Contradiction> Contradictions { get; }

    /// <summary>The graph they come from (names the entities of each claim); null when not given.</summary>
    public DiplomaticGraph? Graph { get; }
}
