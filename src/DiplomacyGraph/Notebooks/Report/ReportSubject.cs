using System.Collections.Immutable;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks.Report;

/// <summary>What a report is about: the whole graph, one entity, or a pair; and the rows, drawings and claims that go with it.</summary>
internal sealed class ReportSubject
{
    private ReportSubject(DiplomaticGraph graph, string title, ImmutableArray<Entity> entities, ImmutableArray<HistoryEntry> history)
    {
        Graph = graph;
        Title = title;
        Entities = entities;
        History = history;
    }

    public DiplomaticGraph Graph { get; }

    public string Title { get; }

    /// <summary>The entities the report is about: none for the whole graph, one, or two.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>The history (pair) or timeline (entity) rows; empty for the whole graph, which lists its meetings instead.</summary>
    public ImmutableArray<HistoryEntry> History { get; }

    public bool IsWhole => Entities.IsEmpty;

    public static ReportSubject Whole(DiplomaticGraph graph) => new(graph, "The whole dataset", [], []);

    public static ReportSubject Of(DiplomaticGraph graph, Entity entity) =>
        new(graph, entity.Name, [entity], graph.Timeline(entity.Id));

    public static ReportSubject Between(DiplomaticGraph graph, Entity a, Entity b) =>
        new(graph, $"{a.Name} – {b.Name}", [a, b], graph.History(a.Id, b.Id));

    /// <summary>The entity the network drawing centres on: the subject, or the best-connected entity of the whole graph.</summary>
    public Entity? Centre =>
        !Entities.IsEmpty ? Entities[0] : Graph.Entities.OrderByDescending(e => Graph.RelationsOf(e.Id).Length).ThenBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>
    /// The ids a claim must touch to concern the subject: the subject's entities, the meetings in its rows, and
    /// for a pair the people who acted for either side (the history rows' parties). Null for the whole graph (everything concerns it).
    /// </summary>
    public IReadOnlySet<string>? Scope
    {
        get
        {
            if (IsWhole)
            {
                return null;
            }

            var ids = new HashSet<string>(Entities.Select(e => e.Id), StringComparer.Ordinal);
            foreach (var row in History)
            {
                if (Entities.Length == 2)
                {
                    ids.Add(row.Party.Id);
                    ids.Add(row.OtherParty.Id);
                }

                if (row.Meeting is { } meeting)
                {
                    ids.Add(meeting.Id);
                }
            }

            return ids;
        }
    }

    /// <summary>The contradictions whose claims touch the subject (all for the whole graph).</summary>
    public ImmutableArray<Contradiction> Contradictions()
    {
        var scope = Scope;
        return [.. Graph.Contradictions().Where(c => scope is null || Touches(c.First, scope) || Touches(c.Second, scope))];
    }

    private static bool Touches(ContradictionClaim claim, IReadOnlySet<string> scope) =>
        claim switch
        {
            RelationClaim { Relation: var r } => scope.Contains(r.From) || scope.Contains(r.To),
            MeetingStatusClaim { Meeting: var m } => scope.Contains(m.Id),
            _ => false,
        };
}
