using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// What the costly parts of a <see cref="HistoryEntry"/> are made of, kept until they are first read: its citations (the meeting's
/// or statement's own, then those of the row's relations, each once, with source titles) and, for a meeting or statement row, its
/// parties (every attendee, or every speaker and subject, the queried sides' own as the query found them). A history or timeline
/// row is mostly sorted, filtered and counted; resolving every source title and listing every attendee of every meeting up front
/// cost more than the rest of the query. The parts come out exactly as built eagerly before.
/// </summary>
internal sealed class HistoryRowParts
{
    /// <summary>Above this many of the sides' own parties, a dictionary finds them; below, a linear search.</summary>
    private const int LinearOurs = 8;

    private readonly DiplomaticGraph graph;
    private readonly Entity? cited;
    private readonly ImmutableArray<Relation> relations;
    private readonly Entity? listed;
    private readonly HistoryEntryKind kind;
    private readonly (Relation Part, HistoryParty Party)[] ours;
    private readonly PartySpec first;
    private readonly PartySpec second;

    private HistoryRowParts(DiplomaticGraph graph, HistoryEntryKind kind, Entity? cited, ImmutableArray<Relation> relations, Entity? listed, (Relation, HistoryParty)[] ours)
    {
        this.graph = graph;
        this.kind = kind;
        this.cited = cited;
        this.relations = relations;
        this.listed = listed;
        this.ours = ours;
    }

    private HistoryRowParts(DiplomaticGraph graph, ImmutableArray<Relation> relation, PartySpec first, PartySpec second)
        : this(graph, HistoryEntryKind.Relation, null, relation, null, [])
    {
        this.first = first;
        this.second = second;
    }

    /// <summary>A relation row's: the relation's citations, each once, and its two ends as parties (from, then to).</summary>
    public static HistoryRowParts OfRelation(DiplomaticGraph graph, ImmutableArray<Relation> relation, PartySpec first, PartySpec second) =>
        new(graph, relation, first, second);

    /// <summary>
    /// A meeting or statement row's: citations of <paramref name="cited"/> then of <paramref name="relations"/>; parties listed
    /// from <paramref name="cited"/>'s relations, the first of <paramref name="ours"/> for a relation standing for that party.
    /// </summary>
    public static HistoryRowParts OfEvent(DiplomaticGraph graph, HistoryEntryKind kind, Entity cited, ImmutableArray<Relation> relations, (Relation, HistoryParty)[] ours) =>
        new(graph, kind, cited, relations, cited, ours);

    /// <summary>The same parts with one more relation whose citations count (a <c>met</c> relation folded into a meeting row).</summary>
    public HistoryRowParts With(Relation folded) =>
        kind == HistoryEntryKind.Relation ? new(graph, relations.Add(folded), first, second) : new(graph, kind, cited, relations.Add(folded), listed, ours);

    /// <summary>Every citation, each once, in order: the event's own, then each relation's.</summary>
    public ImmutableArray<ResolvedCitation> Citations()
    {
        var unique = new List<Citation>(8);
        if (cited is not null)
        {
            Add(unique, cited.Citations);
        }

        foreach (var relation in relations)
        {
            Add(unique, relation.Citations);
        }

        var builder = ImmutableArray.CreateBuilder<ResolvedCitation>(unique.Count);
        foreach (var citation in unique)
        {
            builder.Add(ResolvedCitation.Of(citation, graph));
        }

        return builder.MoveToImmutable();

        static void Add(List<Citation> unique, ImmutableArray<Citation> citations)
        {
            foreach (var citation in citations)
            {
                if (!unique.Contains(citation))
                {
                    unique.Add(citation);
                }
            }
        }
    }

    /// <summary>Every attendee of the meeting, or every speaker and subject of the statement, in the order of its relations.</summary>
    public ImmutableArray<HistoryParty> Parties()
    {
        if (kind == HistoryEntryKind.Relation)
        {
            var assertion = relations[0].Assertion;
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
            foreach (var relation in graph.RelationsOf(listed.Id))
            {
                if (relation.Is(BuiltInRelationTypes.Attended) && relation.To == listed.Id && relation.From != listed.Id && seen.Add(relation.From))
                {
                    parties.Add(Ours(relation, lookup) ?? new HistoryParty(graph.GetEntity(relation.From), relation.Role, relation.Assertion, null, []));
                }
            }
        }
        else
        {
            var seen = new HashSet<(string, string)>();
            foreach (var relation in graph.RelationsOf(listed.Id))
            {
                if (HistoryQueries.IsStatementPart(relation, listed.Id))
                {
                    var who = relation.Is(BuiltInRelationTypes.Said) ? relation.From : relation.To;
                    var role = HistoryQueries.RoleIn(relation);
                    if (seen.Add((who, role)))
                    {
                        parties.Add(Ours(relation, lookup) ?? new HistoryParty(graph.GetEntity(who), role, relation.Assertion, null, []));
                    }
                }
            }
        }

        return parties.ToImmutable();
    }

    private Dictionary<Relation, HistoryParty> Lookup()
    {
        var lookup = new Dictionary<Relation, HistoryParty>(ours.Length, ReferenceEqualityComparer.Instance);
        foreach (var (part, party) in ours)
        {
            lookup.TryAdd(part, party);
        }

        return lookup;
    }

    /// <summary>The first of the sides' own parties for <paramref name="relation"/>, if any.</summary>
    private HistoryParty? Ours(Relation relation, Dictionary<Relation, HistoryParty>? lookup)
    {
        if (lookup is not null)
        {
            return lookup.GetValueOrDefault(relation);
        }

        foreach (var (part, party) in ours)
        {
            if (ReferenceEquals(part, relation))
            {
                return party;
            }
        }

        return null;
    }
}

/// <summary>One end of a relation row, to be made a <see cref="HistoryParty"/> when the row's parties are read.</summary>
/// <param name="Entity">Who.</param>
/// <param name="Role">The relation's role for its <c>from</c> end; none for the other.</param>
/// <param name="ActsFor">The queried entity it acts for, when it is a member.</param>
/// <param name="Via">The office and membership relations it acts through.</param>
internal readonly record struct PartySpec(Entity Entity, string? Role, Entity? ActsFor, ImmutableArray<Relation> Via)
{
    /// <summary>An end that is no member of a queried side.</summary>
    public static PartySpec Outside(Entity entity) => new(entity, null, null, []);

    /// <summary>The party, with the relation's assertion.</summary>
    public HistoryParty Party(Assertion assertion) => new(Entity, Role, assertion, ActsFor, Via);
}
