using System.Collections.Immutable;
using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Queries;

/// <summary>
/// Full-text search with PostgreSQL's <c>simple</c> configuration (lower-cased whole words, no stemming, no stop words) over
/// entity names, aliases and quotes, each backed by a GIN index on the same expression.
/// </summary>
internal static class SearchQuery
{
    public static async Task<ImmutableArray<SearchHit>> RunAsync(NpgsqlConnection connection, string text, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var hits = new List<SearchHit>();
        await Sql.Read(connection, $"""
            WITH q AS (SELECT plainto_tsquery('simple', $1) AS query)
            SELECT kind, owner_id, text, source_id, rank FROM (
                SELECT 'Name' AS kind, e.id AS owner_id, e.name AS text, NULL::text AS source_id, -1 AS position,
                       ts_rank(to_tsvector('simple', e.name), q.query) AS rank
                FROM dipgraph.entities e, q WHERE to_tsvector('simple', e.name) @@ q.query
                UNION ALL
                SELECT 'Alias', a.entity_id, a.alias, NULL, a.position, ts_rank(to_tsvector('simple', a.alias), q.query)
                FROM dipgraph.aliases a, q WHERE to_tsvector('simple', a.alias) @@ q.query
                UNION ALL
                SELECT CASE WHEN c.owner_kind = 'R' THEN 'RelationQuote' ELSE 'EntityQuote' END, c.owner_id, c.quote, c.source_id, c.position, ts_rank(to_tsvector('simple', coalesce(c.quote, '')), q.query)
                FROM dipgraph.citations c, q WHERE to_tsvector('simple', coalesce(c.quote, '')) @@ q.query
            ) hits
            ORDER BY rank DESC, kind, owner_id, position, source_id
            LIMIT $2
            """, r => hits.Add(new SearchHit(Enum.Parse<SearchHitKind>(r.GetString(0)), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetFloat(4))),
            cancellationToken, Sql.Text(text), Sql.Int(limit)).ConfigureAwait(false);
        return [.. hits];
    }
}
