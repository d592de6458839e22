using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// What the costly parts of a <see cref="HistoryEntry"/> are made of, kept until they are first read: its citations (the meeting's
/// or statement's own, then those of the row's relations, each once, with source titles) and, for a meeting or statement row, its
/// parties (every attendee, or every speaker and subject, the queried sides' own as the query found them). A history or timeline
/// row is mostly sorted, filtered and counted; resolving every source title and listing every attendee of every meeting up front
/// cost more than the rest of the query. The parts come out exactly as built eagerly before. (A relation row between two
/// entities acting themselves needs none of this: <see cref="HistoryEntry"/> makes its parts from the relation alone.)
/// </summary>
internal sealed class HistoryRowParts
{
    /// <summary>Above this many of the sides' own parties, a dictionary finds them; below, a linear search.</summary>
    private const int LinearOurs = 8;

    private readonly DiplomaticGraph graph;
    private readonly Entity? listed;
    private readonly Relation? relation;
    private readonly HistoryEntryKind kind;
    private readonly (Relation Part, PartySpec Party)[] ours;
    private readonly PartySpec first;
    private readonly PartySpec second;

    /// <summary>The relations whose citations count, for a meeting or statement row (grows as <c>met</c> relations are folded in).</summary>
    private ImmutableArray<Relation> relations;

    private HistoryRowParts(DiplomaticGraph graph, HistoryEntryKind kind, Entity listed, ImmutableArray<Relation> relations, (Relation, PartySpec)[] ours)
    {
        this.graph = graph;
        this.kind = kind;
        this.listed = listed;
        this.relations = relations;
        this.ours = ours;
    }

    private HistoryRowParts(DiplomaticGraph graph, Relation relation, PartySpec first, PartySpec second, ImmutableArray<Relation> via)
    {
        this.graph = graph;
        kind = HistoryEntryKind.Relation;
        this.relation = relation;
        ours = [];
        this.first = first;
        this.second = second;
        Via = via;
    }

    /// <summary>A relation row's: the relation's citations, each once, its two ends as parties (from, then to), and its via relations.</summary>
    public static HistoryRowParts OfRelation(DiplomaticGraph graph, Relation relation, PartySpec first, PartySpec second, ImmutableArray<Relation> via) =>
        new(graph, relation, first, second, via);

    /// <summary>A relation row's office and membership relations through which a party took part (none for an event's parts: its row holds them).</summary>
    public ImmutableArray<Relation> Via { get; } = [];

    /// <summary>
    /// A meeting or statement row's: citations of <paramref name="cited"/> then of <paramref name="relations"/>; parties listed
    /// from <paramref name="cited"/>'s relations, the first of <paramref name="ours"/> for a relation standing for that party.
    /// </summary>
    public static HistoryRowParts OfEvent(DiplomaticGraph graph, HistoryEntryKind kind, Entity cited, ImmutableArray<Relation> relations, (Relation, PartySpec)[] ours) =>
        new(graph, kind, cited, relations, ours);

    /// <summary>
    /// Counts one more relation's citations (a <c>met</c> relation folded into a meeting row before its parts were read). When this
    /// list is still the row's own (<paramref name="rowBefore"/>), it becomes the row's new one (<paramref name="rowAfter"/>): no copy.
    /// </summary>
    public void Fold(Relation folded, ImmutableArray<Relation> rowBefore, ImmutableArray<Relation> rowAfter) =>
        relations = relations == rowBefore ? rowAfter : relations.Add(folded);

    /// <summary>Every citation, each once, in order: the event's own, then each relation's.</summary>
    public ImmutableArray<ResolvedCitation> Citations()
    {
        var unique = new List<Citation>(8);
        if (listed is not null)
        {
            Add(unique, listed.Citations);
        }

        if (relation is not null)
        {
            Add(unique, relation.Citations);
        }
        else
        {
            foreach (var each in relations)
            {
                Add(unique, each.Citations);
            }
        }

        return Resolved(graph, unique);
    }

    /// <summary>The citations of one relation, each once, in order, with their sources.</summary>
    public static ImmutableArray<ResolvedCitation> Citations(DiplomaticGraph graph, Relation one)
    {
        var unique = new List<Citation>(one.Citations.Length);
        Add(unique, one.Citations);
        return Resolved(graph, unique);
    }

    private static void Add(List<Citation> unique, ImmutableArray<Citation> citations)
    {
        foreach (var citation in citations)
        {
            if (!unique.Contains(citation))
            {
                unique.Add(citation);
            }
        }
    }

    private static ImmutableArray<ResolvedCitation> Resolved(DiplomaticGraph graph, List<Citation> unique)
    {
        var builder = ImmutableArray.CreateBuilder<ResolvedCitation>(unique.Count);
        foreach (var citation in unique)
        {
            builder.Add(ResolvedCitation.Of(citation, graph));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Every attendee of the meeting, or every speaker and subject of the statement, in the order of its relations.</summary>
    public ImmutableArray<HistoryParty> Parties()
    {
        if (kind == HistoryEntryKind.Relation)
        {
            var assertion = relation!.Assertion;
            return [first.Party(assertion), second.Party(assertion)];
        }

        if (listed is null)
        {
            return [];
        }

        var lookup = ours.Length > LinearOurs ? Lookup() : null;
        var parties = ImmutableArray.CreateBuilder<HistoryParty>();
        if (kind == HistoryEntryKind.Meeting)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var attended in graph.RelationsOf(listed.Id))
            {
                if (attended.Is(BuiltInRelationTypes.Attended) && attended.To == listed.Id && attended.From != listed.Id && seen.Add(attended.From))
                {
                    parties.Add(Ours(attended, lookup) ?? new HistoryParty(graph.GetEntity(attended.From), attended.Role, attended.Assertion, null, []));
                }
            }
        }
        else
        {
            var seen = new HashSet<(string, string)>();
            foreach (var part in graph.RelationsOf(listed.Id))
            {
                if (HistoryQueries.IsStatementPart(part, listed.Id))
                {
                    var who = part.Is(BuiltInRelationTypes.Said) ? part.From : part.To;
                    var role = HistoryQueries.RoleIn(part);
                    if (seen.Add((who, role)))
                    {
                        parties.Add(Ours(part, lookup) ?? new HistoryParty(graph.GetEntity(who), role, part.Assertion, null, []));
                    }
                }
            }
        }

        return parties.ToImmutable();
    }

    private Dictionary<Relation, PartySpec> Lookup()
    {
        var lookup = new Dictionary<Relation, PartySpec>(ours.Length, ReferenceEqualityComparer.Instance);
        foreach (var (part, party) in ours)
        {
            lookup.TryAdd(part, party);
        }

        return lookup;
    }

    /// <summary>The first of the sides' own parties for <paramref name="taking"/> (with its assertion), if any.</summary>
    private HistoryParty? Ours(Relation taking, Dictionary<Relation, PartySpec>? lookup)
    {
        if (lookup is not null)
        {
            return lookup.TryGetValue(taking, out var found) ? found.Party(taking.Assertion) : null;
        }

        foreach (var (part, party) in ours)
        {
            if (ReferenceEquals(part, taking))
            {
                return party.Party(taking.Assertion);
            }
        }

        return null;
    }
}

/// <summary>One end of a relation row, or a side's own party of a meeting or statement, to be made a <see cref="HistoryParty"/> when the row's parties are read.</summary>
/// <param name="Entity">Who.</param>
/// <param name="Role">Its role: on a relation row, the relation's for one end and none for the other; in a meeting or statement, its part's.</param>
/// <param name="ActsFor">The queried entity it acts for, when it is a member.</param>
/// <param name="Via">The office and membership relations it acts through.</param>
internal readonly record struct PartySpec(Entity Entity, string? Role, Entity? ActsFor, ImmutableArray<Relation> Via)
{
    /// <summary>An end that is no member of a queried side.</summary>
    public static PartySpec Outside(Entity entity) => new(entity, null, null, []);

    /// <summary>True when it acts for no one but itself (its party needs nothing beyond the relation).</summary>
    public bool Itself => ActsFor is null && Via.IsEmpty;

    /// <summary>The party, with the relation's assertion.</summary>
    public HistoryParty Party(Assertion assertion) => new(Entity, Role, assertion, ActsFor, Via);
}
