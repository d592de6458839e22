using DiplomacyGraph.Model;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Writing;

/// <summary>
/// The checks a write runs before it commits, as set queries: every relation's ends, claimant and type exist, and every
/// citation's source exists. The first violation aborts the write with a sentence naming the element.
/// </summary>
internal static class Integrity
{
    /// <summary>Checks the relations chosen by <paramref name="relationsSql"/> (a query of ids, or <see langword="null"/> for all) and all citations of them.</summary>
    public static async Task CheckAsync(NpgsqlConnection connection, string? relationsSql, string? citationOwnersSql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        var scope = relationsSql is null ? string.Empty : $"AND r.id IN ({relationsSql})";
        var citationScope = citationOwnersSql is null ? string.Empty
            : $"AND (c.owner_kind, c.owner_id) IN (SELECT k.kind, o.id FROM ({citationOwnersSql}) o(id) CROSS JOIN (VALUES ('E'), ('S'), ('R')) k(kind))";
        var builtIn = Sql.Texts(BuiltInRelationTypes.All.Select(t => t.Name));
        string? problem = null;
        await Sql.Read(connection, $"""
            (SELECT 'relation ' || r.id || ' refers to ' || m.id || ', which is not in the store'
             FROM dipgraph.relations r CROSS JOIN LATERAL (VALUES (r.from_id), (r.to_id), (r.claimed_by)) m(id)
             WHERE m.id IS NOT NULL {scope} AND NOT EXISTS (SELECT 1 FROM dipgraph.entities e WHERE e.id = m.id) LIMIT 1)
            UNION ALL
            (SELECT 'relation ' || r.id || ' has the type ' || r.type || ', which the vocabulary does not declare'
             FROM dipgraph.relations r
             WHERE NOT r.type = ANY(${parameters.Length + 1}) {scope} AND NOT EXISTS (SELECT 1 FROM dipgraph.relation_types t WHERE t.name = r.type) LIMIT 1)
            UNION ALL
            (SELECT 'a citation of ' || c.owner_id || ' cites the source ' || c.source_id || ', which is not in the store'
             FROM dipgraph.citations c
             WHERE true {citationScope} AND NOT EXISTS (SELECT 1 FROM dipgraph.sources s WHERE s.id = c.source_id) LIMIT 1)
            LIMIT 1
            """, r => problem = r.GetString(0), cancellationToken, [.. parameters, builtIn]).ConfigureAwait(false);
        if (problem is not null)
        {
            throw new StoreException($"Nothing was written: {problem}.");
        }
    }
}
