using System.Collections.Immutable;
using DiplomacyGraph.Model;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// Statements (entities of kind <see cref="EntityKind.Statement"/>) to display as one table: when, who said it (and for
/// whom), the act, whether the article quotes or reports the words, the occasion, what it was about, and the quotes;
/// then the sources. Make one with <see cref="TableExtensions.StatementTable(DiplomaticGraph, string?)"/>.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class StatementTable
{
    internal StatementTable(string title, ImmutableArray<Entity> statements, DiplomaticGraph graph)
    {
        Title = title;
        Statements = statements;
        Graph = graph;
    }

    /// <summary>The table's caption.</summary>
    public string Title { get; }

    /// <summary>The statements, in time order (undated last).</summary>
    public ImmutableArray<Entity> Statements { get; }

    /// <summary>The graph they belong to (their speakers, occasions and subjects are its relations).</summary>
    public DiplomaticGraph Graph { get; }
}
