using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// A meeting or statement row's parts: citations of the event, then of the row's relations; parties listed from the event's
/// relations (every attendee, or every speaker and subject), the first of the sides' own parties (<c>ours</c>) for a relation
/// standing for one. A party who took part itself need not be among <c>ours</c>: it is listed from its relation as any other.
/// </summary>
internal sealed class EventRowParts(DiplomaticGraph graph, HistoryEntryKind kind, Entity listed, ImmutableArray<Relation> relations, (Relation Part, PartySpec Party)[] ours)
    : HistoryRowParts(graph)
{
    /// <summary>Above this many of the sides' own parties, a dictionary finds them; below, a linear search.</summary>
    private const int LinearOurs = 8;

    /// <summary>The relations whose citations count (grows as <c>met</c> relations are folded in).</summary>
    private ImmutableArray<Relation> relations = relations;

    /// <summary>
    /// Counts one more relation's citations (a <c>met</c> relation folded into a meeting row before its parts were read). When this
    /// list is still the row's own (<paramref name="rowBefore"/>), it becomes the row's new one (<paramref name="rowAfter"/>): no copy.
    /// </summary>
    public void Fold(Relation folded, ImmutableArray<Relation> rowBefore, ImmutableArray<Relation> rowAfter) =>
        relations = relations == rowBefore ? rowAfter : relations.Add(folded);

    /// <summary>Every citation, each once, in order: the event's own, then each relation's.</summary>
    public override ImmutableArray<ResolvedCitation> Citations()
    {
        var unique = new List<Citation>(8);
        Add(unique, listed.Citations);
        foreach (var each in relations)
        {
            Add(unique, each.Citations);
        }

        return Resolved(Graph, unique);
    }

    /// <summary>Every attendee of the meeting, or every speaker and subject of the statement, in the order of its relations.</summary>
    public override ImmutableArray<HistoryParty> Parties()
    {
        var lookup = ours.Length > LinearOurs ? Lookup() : null;
        var parties = ImmutableArray.CreateBuilder<HistoryParty>();
        if (kind == HistoryEntryKind.Meeting)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var attended in Graph.RelationsOf(listed.Id))
            {
                if (attended.Is(BuiltInRelationTypes.Attended) && attended.To == listed.Id && attended.From != listed.Id && seen.Add(attended.From))
                {
                    parties.Add(Ours(attended, lookup) ?? new HistoryParty(Graph.GetEntity(attended.From), attended.Role, attended.Assertion, null, []));
                }
            }
        }
        else
        {
            var seen = new HashSet<(string, string)>();
            foreach (var part in Graph.RelationsOf(listed.Id))
            {
                if (HistoryQueries.IsStatementPart(part, listed.Id))
                {
                    var who = part.Is(BuiltInRelationTypes.Said) ? part.From : part.To;
                    var role = HistoryQueries.RoleIn(part);
                    if (seen.Add((who, role)))
                    {
                        parties.Add(Ours(part, lookup) ?? new HistoryParty(Graph.GetEntity(who), role, part.Assertion, null, []));
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
