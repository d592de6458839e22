using System.Collections.Immutable;
using DiplomacyGraph.PostgreSql.Reading;
using DiplomacyGraph.Queries;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Queries;

/// <summary>
/// <see cref="SearchQueries.Search"/> on the server. PostgreSQL's full-text indexes (the <c>simple</c> configuration: lower-cased
/// words, no stemming, no stop words; GIN indexes on names, aliases and quotes) pick the candidates — every entity whose name, alias
/// or quote, and every relation whose quote, holds all the words — and those rows, with the entities a relation's fact names,
/// are loaded into a small graph on which the library's own <see cref="SearchQueries.Search"/> runs. So the hits, their scores
/// and their order are the in-memory ones, as long as the index finds every candidate (see the remarks on
/// <see cref="PostgresGraphStore.SearchAsync"/>).
/// </summary>
internal static class SearchQuery
{
    private static readonly char[] QuoteMarks = ['"', '“', '”', '\'', '‘', '’', '«', '»', '„'];

    public static async Task<ImmutableArray<SearchHit>> RunAsync(NpgsqlConnection connection, string text, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (NameKey.Normalize(text).Length == 0)
        {
            return [];
        }

        // Two readings of the words, OR-ed, so the index finds what the in-memory key finds: PostgreSQL's parser on the text
        // itself (it splits "O'Brien" as the stored text is split) and on the library's key of it (diacritics and possessives gone).
        var raw = text.Trim().Trim(QuoteMarks);
        var key = NameKey.Normalize(text.Replace("’s", " ", StringComparison.Ordinal).Replace("'s", " ", StringComparison.Ordinal));
        var entities = new List<string>();
        var relations = new List<string>();
        await Sql.Read(connection, """
            WITH q AS (SELECT plainto_tsquery('simple', $1) || plainto_tsquery('simple', $2) AS query),
            quoted AS (
                SELECT c.owner_kind, c.owner_id FROM dipgraph.citations c, q WHERE to_tsvector('simple', coalesce(c.quote, '')) @@ q.query
            )
            SELECT e.id, NULL, NULL, NULL FROM dipgraph.entities e, q WHERE to_tsvector('simple', e.name) @@ q.query
            UNION
            SELECT a.entity_id, NULL, NULL, NULL FROM dipgraph.aliases a, q WHERE to_tsvector('simple', a.alias) @@ q.query
            UNION
            SELECT owner_id, NULL, NULL, NULL FROM quoted WHERE owner_kind <> 'R'
            UNION
            SELECT r.id, r.from_id, r.to_id, r.claimed_by FROM dipgraph.relations r WHERE r.id IN (SELECT owner_id FROM quoted WHERE owner_kind = 'R')
            """, r =>
            {
                if (r.IsDBNull(1))
                {
                    entities.Add(r.GetString(0));
                    return;
                }

                relations.Add(r.GetString(0));
                entities.Add(r.GetString(1));
                entities.Add(r.GetString(2));
                if (!r.IsDBNull(3))
                {
                    entities.Add(r.GetString(3));
                }
            }, cancellationToken, Sql.Text(raw), Sql.Text(key)).ConfigureAwait(false);
        if (entities.Count == 0)
        {
            return [];
        }

        var graph = await GraphLoader.LoadAsync(connection, RowFilter.Ids(entities, relations), cancellationToken).ConfigureAwait(false);
        return graph.Search(text, sourceText: null, limit);
    }
}
