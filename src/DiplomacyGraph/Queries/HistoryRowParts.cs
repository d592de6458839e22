using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// What the costly parts of a <see cref="HistoryEntry"/> are made of, kept until they are first read: its citations (the meeting's
/// or statement's own, then those of the row's relations, each once, with source titles) and its parties (a relation's two ends,
/// or every attendee, or every speaker and subject, the queried sides' own as the query found them). A history or timeline row is
/// mostly sorted, filtered and counted; resolving every source title and listing every attendee of every meeting up front cost
/// more than the rest of the query. The parts come out exactly as built eagerly before. Two kinds: a relation row's
/// (<see cref="RelationRowParts"/>) and a meeting or statement row's (<see cref="EventRowParts"/>). (A relation row between two
/// entities acting themselves needs neither: <see cref="HistoryEntry"/> makes its parts from the relation alone.)
/// </summary>
internal abstract class HistoryRowParts
{
    protected HistoryRowParts(DiplomaticGraph graph) => Graph = graph;

    /// <summary>A relation row's office and membership relations through which a party took part (none for an event's parts: its row holds them).</summary>
    public virtual ImmutableArray<Relation> Via => [];

    protected DiplomaticGraph Graph { get; }

    /// <summary>Every citation, each once, in order.</summary>
    public abstract ImmutableArray<ResolvedCitation> Citations();

    /// <summary>Every party, in order.</summary>
    public abstract ImmutableArray<HistoryParty> Parties();

    /// <summary>The citations of one relation, each once, in order, with their sources.</summary>
    public static ImmutableArray<ResolvedCitation> Citations(DiplomaticGraph graph, Relation one)
    {
        var unique = new List<Citation>(one.Citations.Length);
        Add(unique, one.Citations);
        return Resolved(graph, unique);
    }

    /// <summary>Adds the citations not yet in <paramref name="unique"/>, in order.</summary>
    protected static void Add(List<Citation> unique, ImmutableArray<Citation> citations)
    {
        foreach (var citation in citations)
        {
            if (!unique.Contains(citation))
            {
                unique.Add(citation);
            }
        }
    }

    /// <summary>The citations with their sources.</summary>
    protected static ImmutableArray<ResolvedCitation> Resolved(DiplomaticGraph graph, List<Citation> unique)
    {
        var builder = ImmutableArray.CreateBuilder<ResolvedCitation>(unique.Count);
        foreach (var citation in unique)
        {
            builder.Add(ResolvedCitation.Of(citation, graph));
        }

        return builder.MoveToImmutable();
    }
}
