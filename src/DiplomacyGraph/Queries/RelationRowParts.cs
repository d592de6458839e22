using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A relation row's parts, when a member acted for a side: the relation's citations, each once, its two ends as parties (from, then to), and its via relations.</summary>
internal sealed class RelationRowParts(DiplomaticGraph graph, Relation relation, PartySpec first, PartySpec second, ImmutableArray<Relation> via) : HistoryRowParts(graph)
{
    /// <inheritdoc/>
    public override ImmutableArray<Relation> Via => via;

    /// <inheritdoc/>
    public override ImmutableArray<ResolvedCitation> Citations() => Citations(Graph, relation);

    /// <inheritdoc/>
    public override ImmutableArray<HistoryParty> Parties() => [first.Party(relation.Assertion), second.Party(relation.Assertion)];
}
