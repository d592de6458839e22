using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Reading;
using DiplomacyGraph.PostgreSql.Schema;

namespace DiplomacyGraph.PostgreSql.Queries;

/// <summary>
/// Keeps a history's row order equal to the whole graph's. The in-memory query reads the relations between the sides by the
/// pair index when the pairs of members are no more than either side's relations, else by scanning the side with fewer
/// relations, and the order of its relation rows (and so of the <c>met</c> relations folded into a meeting row) follows that
/// choice; a small graph holding only the history's rows may choose otherwise. The sides' counts are read from the server (up to the pairs of members) and
/// the small graph is given placeholder relations (of an internal type, to an internal place, never part of any row) until it
/// chooses as the whole graph does — at most the number of pairs of members. (The meeting and statement orders follow the
/// sides' attendances and statement parts, which the small graph holds in full.)
/// </summary>
internal static class DegreeBalance
{
    private const string Placeholder = "dipgraph-store-placeholder";

    /// <param name="parts">The small graph's rows (placeholders are added to them).</param>
    /// <param name="graph">The small graph of those rows.</param>
    /// <param name="sideA">The first side's entity and the members the server found for it.</param>
    /// <param name="sideB">The second side's.</param>
    /// <param name="degrees">
    /// Each of those entities' relations in the whole graph, counted up to <c>sideA.Count × sideB.Count</c> (at least the pairs of
    /// members): the choice compares a side's sum with the pairs and with the other side's sum, and a sum holding a capped count is
    /// at least the pairs, so it compares as the whole sum would.
    /// </param>
    public static DiplomaticGraph Build(StoredParts parts, DiplomaticGraph graph, List<string> sideA, List<string> sideB, Dictionary<string, long> degrees)
    {
        var membersA = sideA.Count == 1 ? sideA : Members(graph, sideA[0]);
        var membersB = sideB.Count == 1 ? sideB : Members(graph, sideB[0]);
        var smallA = Sum(graph, membersA);
        var smallB = Sum(graph, membersB);
        var wholeA = membersA.Distinct(StringComparer.Ordinal).Sum(id => degrees.GetValueOrDefault(id));
        var wholeB = membersB.Distinct(StringComparer.Ordinal).Sum(id => degrees.GetValueOrDefault(id));
        var pairs = (long)membersA.Count * membersB.Count;

        // The degrees the small graph needs to take the whole graph's decisions: the pair index when the pairs are no more
        // than either side's degree, else a scan of the side with fewer relations (the whole graph's degrees are never below
        // the small graph's, so a side scanned there stays below the pair count here).
        var (wantA, wantB) = pairs <= Math.Min(wholeA, wholeB) ? (Math.Max(smallA, pairs), Math.Max(smallB, pairs))
            : wholeA <= wholeB ? (smallA, Math.Max(smallB, smallA))
            : (Math.Max(smallA, smallB + 1), smallB);
        if (wantA == smallA && wantB == smallB)
        {
            return graph;
        }

        // A placeholder cites a source: any the small graph holds, or a placeholder one when it holds none.
        var source = graph.Sources.Length > 0 ? graph.Sources[0].Id : Placeholder;
        if (graph.Sources.Length == 0)
        {
            parts.Sources.Add(new Source { Id = Placeholder, Title = Placeholder });
        }

        parts.Types.Add(new RelationType { Name = Placeholder, Description = "Internal to the PostgreSQL store's history query." });
        parts.Entities.Add(new Entity { Id = Placeholder, Kind = EntityKind.Place, Name = Placeholder });
        var count = 0;
        foreach (var (side, extra) in new[] { (sideA[0], wantA - smallA), (sideB[0], wantB - smallB) })
        {
            for (var i = 0; i < extra; i++, count++)
            {
                parts.Relations.Add(new Relation
                {
                    Id = $"{Placeholder}-{count}", Type = Placeholder, From = side, To = Placeholder, Time = DateRange.Unknown,
                    Citations = [ModelColumns.Citation(source, Placeholder, null, null)],
                });
            }
        }

        return parts.ToCheckedGraph();
    }

    /// <summary>
    /// The side's members as the in-memory query counts them (its <c>RepresentativeFinder</c>): the entity and, breadth first, the
    /// <c>from</c> ends of office, membership, government and location relations to a member (not denied, not planned, not a
    /// loop), whose times overlap along the way. The small graph holds all those relations, so it finds what the whole graph does.
    /// </summary>
    internal static List<string> Members(DiplomaticGraph graph, string entity)
    {
        var members = new List<string> { entity };
        var expanded = new HashSet<string>(StringComparer.Ordinal) { entity };
        var queue = new Queue<(string Id, DateOnly Earliest, DateOnly Latest)>();
        queue.Enqueue((entity, DateOnly.MinValue, DateOnly.MaxValue));
        while (queue.TryDequeue(out var current))
        {
            foreach (var relation in graph.RelationsOf(current.Id))
            {
                if (relation.To != current.Id || relation.From == relation.To || !Types.Contains(relation.Type)
                    || relation.Assertion is Assertion.Denied or Assertion.Planned)
                {
                    continue;
                }

                var earliest = current.Earliest > relation.Time.Earliest ? current.Earliest : relation.Time.Earliest;
                var latest = current.Latest < relation.Time.Latest ? current.Latest : relation.Time.Latest;
                if (earliest > latest || relation.From == entity)
                {
                    continue;
                }

                if (expanded.Add(relation.From))
                {
                    members.Add(relation.From);
                    queue.Enqueue((relation.From, earliest, latest));
                }
            }
        }

        return members;
    }

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
        { BuiltInRelationTypes.HoldsOffice.Name, BuiltInRelationTypes.MemberOf.Name, BuiltInRelationTypes.Governs.Name, BuiltInRelationTypes.LocatedIn.Name };

    private static long Sum(DiplomaticGraph graph, List<string> side) => side.Distinct(StringComparer.Ordinal).Sum(id => (long)graph.RelationsOf(id).Length);
}
