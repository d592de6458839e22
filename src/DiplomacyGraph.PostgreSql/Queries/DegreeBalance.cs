using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Queries;

/// <summary>
/// Keeps a history's meeting order equal to the whole graph's. The in-memory query lists shared meetings in the order of the
/// side with fewer relations in the whole graph; a small graph holding only the history's rows may judge the sides the other
/// way round. When it would, and the order can matter (two or more shared meetings), the smaller side's count is read from the
/// server and the small graph is given placeholder relations (of an internal type, to an internal place, never part of any
/// row) until it judges the sides as the whole graph does.
/// </summary>
internal static class DegreeBalance
{
    private const string Placeholder = "dipgraph-store-placeholder";

    public static async Task<DiplomaticGraph> BuildAsync(NpgsqlConnection connection, GraphBuilder builder, List<string> sideA, List<string> sideB, CancellationToken cancellationToken)
    {
        var graph = builder.Build();
        var meetings = sideA.SelectMany(a => graph.RelationsOf(a))
            .Where(r => r.Type == RelationTypes.Attended.Name && graph.TryGetEntity(r.To, out var m) && m.Meeting is not null)
            .Select(r => r.To).Distinct(StringComparer.Ordinal).Count();
        if (meetings < 2)
        {
            return graph;
        }

        var smallA = Sum(graph, sideA);
        var smallB = Sum(graph, sideB);
        var wholeA = await DegreeAsync(connection, sideA, cancellationToken).ConfigureAwait(false);
        var wholeB = await DegreeAsync(connection, sideB, cancellationToken).ConfigureAwait(false);
        var (side, count) = (wholeA <= wholeB, smallA <= smallB) switch
        {
            (true, false) => (sideB[0], smallA - smallB),
            (false, true) => (sideA[0], smallB - smallA + 1),
            _ => (string.Empty, 0L),
        };
        if (count == 0)
        {
            return graph;
        }

        var source = graph.Sources[0].Id;
        builder.AddRelationType(new RelationType { Name = Placeholder, Description = "Internal to the PostgreSQL store's history query." });
        builder.AddEntity(new Entity { Id = Placeholder, Kind = EntityKind.Place, Name = Placeholder });
        for (var i = 0; i < count; i++)
        {
            builder.AddRelation(new Relation
            {
                Id = $"{Placeholder}-{i}", Type = Placeholder, From = side, To = Placeholder,
                Citations = [ModelColumns.Citation(source, Placeholder, null, null)],
            });
        }

        return builder.Build();
    }

    private static long Sum(DiplomaticGraph graph, List<string> side) => side.Distinct(StringComparer.Ordinal).Sum(id => (long)graph.RelationsOf(id).Length);

    private static async Task<long> DegreeAsync(NpgsqlConnection connection, List<string> side, CancellationToken cancellationToken) =>
        await Sql.Scalar<long>(connection, """
            SELECT coalesce(sum((SELECT count(*) FROM dipgraph.relations r WHERE r.from_id = s.id) + (SELECT count(*) FROM dipgraph.relations r WHERE r.to_id = s.id)), 0)::bigint
            FROM (SELECT DISTINCT id FROM unnest($1::text[]) u(id)) s
            """, cancellationToken, Sql.Texts(side)).ConfigureAwait(false);
}
