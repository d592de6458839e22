using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// Statement rows of histories and timelines (<see cref="HistoryEntryKind.Statement"/>): a statement is n-ary like a
/// meeting, so its speakers and subjects meet through it rather than by a relation between them.
/// </summary>
internal static class StatementHistory
{
    /// <summary>
    /// Every statement made by one side (<c>said</c>) and made by or about the other (<c>said</c>, <c>about</c>); one row
    /// per statement, <see cref="HistoryEntry.Party"/> on side A.
    /// </summary>
    public static IEnumerable<HistoryEntry> Between(DiplomaticGraph graph, IReadOnlyList<Representative> sideA, IReadOnlyList<Representative> sideB)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parts = Parts(graph, sideA);
        var others = Parts(graph, sideB);
        foreach (var (statement, mine) in parts)
        {
            if (others.TryGetValue(statement, out var theirs)
                && (mine.Any(p => p.Relation.Is(RelationTypes.Said)) || theirs.Any(p => p.Relation.Is(RelationTypes.Said)))
                && seen.Add(statement.Id))
            {
                var (party, relation) = mine.OrderBy(p => p.Relation.Is(RelationTypes.Said) ? 0 : 1).First();
                var (other, _) = theirs.First();
                yield return Row(graph, statement, party.Entity, relation, [.. mine.Concat(theirs).Select(p => p.Relation)], party.Via.AddRange(other.Via));
            }
        }
    }

    /// <summary>A timeline's relation rows to a statement it said or is the subject of, as statement rows.</summary>
    public static void Fold(DiplomaticGraph graph, List<HistoryEntry> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is { Kind: HistoryEntryKind.Relation, OtherParty.Statement: not null } && row.Relations is [var relation]
                && (relation.Is(RelationTypes.Said) || relation.Is(RelationTypes.About)))
            {
                rows[i] = Row(graph, row.OtherParty, row.Party, relation, [relation], row.Via);
            }
        }
    }

    /// <summary>For each statement, the side's entities that said it or that it is about, with the relation.</summary>
    private static Dictionary<Entity, List<(Representative Entity, Relation Relation)>> Parts(DiplomaticGraph graph, IReadOnlyList<Representative> side)
    {
        var parts = new Dictionary<Entity, List<(Representative, Relation)>>();
        foreach (var who in side)
        {
            foreach (var relation in graph.RelationsOf(who.Entity.Id))
            {
                var statementId = relation.Is(RelationTypes.Said) && relation.From == who.Entity.Id ? relation.To
                    : relation.Is(RelationTypes.About) && relation.To == who.Entity.Id ? relation.From
                    : null;
                if (statementId is not null && graph.GetEntity(statementId) is { Statement: not null } statement && who.CouldActDuring(statement.Time))
                {
                    if (!parts.TryGetValue(statement, out var list))
                    {
                        parts[statement] = list = [];
                    }

                    list.Add((who, relation));
                }
            }
        }

        return parts;
    }

    private static HistoryEntry Row(DiplomaticGraph graph, Entity statement, Entity party, Relation part, ImmutableArray<Relation> relations, ImmutableArray<Relation> via) =>
        new(HistoryEntryKind.Statement, statement.Id, statement.Time, part.Type, part.Is(RelationTypes.About) ? "subject" : part.Role, part.Assertion, part.ClaimedBy,
            party, statement, graph.Occasion(statement.Id), relations, via,
            HistoryQueries.Cite(graph, statement.Citations.Concat(relations.SelectMany(r => r.Citations))));
}
