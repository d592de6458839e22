using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Queries;

/// <summary>
/// Keeps a history's row order equal to the whole graph's. The in-memory query reads the relations between the sides by the
/// pair index when the pairs of members are no more than either side's relations, else by scanning the side with fewer
/// relations, and the order of its relation rows (and so of the <c>met</c> relations folded into a meeting row) follows that
/// choice; a small graph holding only the history's rows may choose otherwise. The sides' counts are read from the server and
/// the small graph is given placeholder relations (of an internal type, to an internal place, never part of any row) until it
/// chooses as the whole graph does — at most the number of pairs of members. (The meeting and statement orders follow the
/// sides' attendances and statement parts, which the small graph holds in full.)
/// </summary>
internal static class DegreeBalance
{
    private const string Placeholder = "dipgraph-store-placeholder";

    public static async Task<DiplomaticGraph> BuildAsync(NpgsqlConnection connection, GraphBuilder builder, List<string> sideA, List<string> sideB, CancellationToken cancellationToken)
    {
        var graph = builder.Build();
        var membersA = sideA.Count == 1 ? sideA : Members(graph, sideA[0]);
        var membersB = sideB.Count == 1 ? sideB : Members(graph, sideB[0]);
        var smallA = Sum(graph, membersA);
        var smallB = Sum(graph, membersB);
        var wholeA = await DegreeAsync(connection, membersA, cancellationToken).ConfigureAwait(false);
        var wholeB = await DegreeAsync(connection, membersB, cancellationToken).ConfigureAwait(false);
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

        var source = graph.Sources[0].Id;
        builder.AddRelationType(new RelationType { Name = Placeholder, Description = "Internal to the PostgreSQL store's history query." });
        builder.AddEntity(new Entity { Id = Placeholder, Kind = EntityKind.Place, Name = Placeholder });
        var count = 0;
        foreach (var (side, extra) in new[] { (sideA[0], wantA - smallA), (sideB[0], wantB - smallB) })
        {
            for (var i = 0; i < extra; i++, count++)
            {
                builder.AddRelation(new Relation
                {
                    Id = $"{Placeholder}-{count}", Type = Placeholder, From = side, To = Placeholder,
                    Citations = [ModelColumns.Citation(source, Placeholder, null, null)],
                });
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// The side's members as the in-memory query counts them (its <c>Representatives</c>): the entity and, breadth first, the
    /// <c>from</c> ends of office, membership, government and location relations to a member (not denied, not planned, not a
    /// loop), whose times overlap along the way. The small graph holds all those relations, so it finds what the whole graph does.
    /// </summary>
    private static List<string> Members(DiplomaticGraph graph, string entity)
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
        { RelationTypes.HoldsOffice.Name, RelationTypes.MemberOf.Name, RelationTypes.Governs.Name, RelationTypes.LocatedIn.Name };

    private static long Sum(DiplomaticGraph graph, List<string> side) => side.Distinct(StringComparer.Ordinal).Sum(id => (long)graph.RelationsOf(id).Length);

    private static async Task<long> DegreeAsync(NpgsqlConnection connection, List<string> side, CancellationToken cancellationToken) =>
        await Sql.Scalar<long>(connection, """
            SELECT coalesce(sum((SELECT count(*) FROM dipgraph.relations r WHERE r.from_id = s.id) + (SELECT count(*) FROM dipgraph.relations r WHERE r.to_id = s.id)), 0)::bigint
            FROM (SELECT DISTINCT id FROM unnest($1::text[]) u(id)) s
            """, cancellationToken, Sql.Texts(side)).ConfigureAwait(false);
}
