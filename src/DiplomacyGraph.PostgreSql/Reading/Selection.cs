using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Schema;
using DiplomacyGraph.Queries;
using Npgsql;
using NpgsqlTypes;

namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>
/// Picks the entities and relations of a <see cref="GraphSlice"/> into two temporary tables (dropped at commit) with
/// parameterised statements, so the loader reads only those rows.
/// </summary>
internal static class Selection
{
    public const string Entities = "pg_temp.sel_entities";
    public const string Relations = "pg_temp.sel_relations";

    public static async Task SelectAsync(NpgsqlConnection connection, GraphSlice slice, CancellationToken cancellationToken)
    {
        await Execute(connection, $"""
            CREATE TEMP TABLE sel_entities (id text PRIMARY KEY) ON COMMIT DROP;
            CREATE TEMP TABLE sel_relations (id text PRIMARY KEY) ON COMMIT DROP;
            """, cancellationToken).ConfigureAwait(false);

        var kinds = slice.Kinds.Select(k => k.ToString()).ToArray();
        var window = slice.Window is { } w ? TimeColumn.Range(w) : default;
        var hasWindow = slice.Window is not null;
        var strict = slice.WindowMode == TimeOrderMode.Strict;
        // The conditions every kept relation and entity must meet, with $1 kinds (empty: all), $2 has window, $3 window, $4 strict.
        const string RelationOk = "(NOT $2 OR (CASE WHEN $4 THEN r.time <@ $3 ELSE r.time && $3 END))";
        const string EntityOk = "(cardinality($1::text[]) = 0 OR e.kind = ANY($1)) AND (NOT $2 OR e.time IS NULL OR (CASE WHEN $4 THEN e.time <@ $3 ELSE e.time && $3 END))";
        object[] Conditions() =>
        [
            new NpgsqlParameter<string[]> { TypedValue = kinds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            new NpgsqlParameter<bool> { TypedValue = hasWindow },
            new NpgsqlParameter<NpgsqlRange<DateOnly>> { TypedValue = window, NpgsqlDbType = NpgsqlDbType.DateRange },
            new NpgsqlParameter<bool> { TypedValue = strict },
        ];

        if (slice.Around is { } center)
        {
            var reached = await Execute(connection, $"INSERT INTO sel_entities SELECT e.id FROM dipgraph.entities e WHERE e.id = $5 AND {EntityOk}", cancellationToken,
                [.. Conditions(), new NpgsqlParameter<string> { TypedValue = center }]).ConfigureAwait(false);
            if (reached == 0 && !await ExistsAsync(connection, center, cancellationToken).ConfigureAwait(false))
            {
                throw new KeyNotFoundException($"No entity has the id '{center}'.");
            }

            var frontier = new[] { center };
            for (var hop = 0; hop < slice.Hops && frontier.Length > 0; hop++)
            {
                var next = new List<string>();
                await Sql.Read(connection, $"""
                    INSERT INTO sel_entities
                    SELECT DISTINCT e.id FROM (
                        SELECT r.to_id AS id FROM dipgraph.relations r WHERE r.from_id = ANY($5) AND {RelationOk}
                        UNION
                        SELECT r.from_id FROM dipgraph.relations r WHERE r.to_id = ANY($5) AND {RelationOk}
                    ) n JOIN dipgraph.entities e ON e.id = n.id
                    WHERE {EntityOk}
                    ON CONFLICT DO NOTHING
                    RETURNING id
                    """, r => next.Add(r.GetString(0)), cancellationToken,
                    [.. Conditions().Cast<NpgsqlParameter>(), Sql.Texts(frontier)]).ConfigureAwait(false);
                frontier = [.. next];
            }

            await Execute(connection, $"""
                INSERT INTO sel_relations
                SELECT r.id FROM dipgraph.relations r
                WHERE r.from_id IN (SELECT id FROM sel_entities) AND r.to_id IN (SELECT id FROM sel_entities) AND {RelationOk}
                """, cancellationToken, Conditions()).ConfigureAwait(false);
        }
        else
        {
            // Entities with a time of their own (meetings) are chosen by it; the rest only when a kept relation touches them.
            await Execute(connection, $"""
                INSERT INTO sel_entities SELECT e.id FROM dipgraph.entities e WHERE {EntityOk} AND (NOT $2 OR e.time IS NOT NULL)
                """, cancellationToken, Conditions()).ConfigureAwait(false);
            await Execute(connection, $"""
                INSERT INTO sel_relations
                SELECT r.id FROM dipgraph.relations r
                JOIN dipgraph.entities e ON e.id = r.from_id
                JOIN dipgraph.entities t ON t.id = r.to_id
                WHERE {RelationOk} AND {EntityOk} AND {EntityOk.Replace("e.", "t.", StringComparison.Ordinal)}
                """, cancellationToken, Conditions()).ConfigureAwait(false);
            await Execute(connection, """
                INSERT INTO sel_entities
                SELECT r.from_id FROM dipgraph.relations r JOIN sel_relations s ON s.id = r.id
                UNION SELECT r.to_id FROM dipgraph.relations r JOIN sel_relations s ON s.id = r.id
                ON CONFLICT DO NOTHING
                """, cancellationToken).ConfigureAwait(false);
        }

        // A kept relation's claimant comes along, so the slice is a valid graph.
        await Execute(connection, """
            INSERT INTO sel_entities
            SELECT DISTINCT r.claimed_by FROM dipgraph.relations r JOIN sel_relations s ON s.id = r.id WHERE r.claimed_by IS NOT NULL
            ON CONFLICT DO NOTHING
            """, cancellationToken).ConfigureAwait(false);
        await Execute(connection, "ANALYZE sel_entities; ANALYZE sel_relations", cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM dipgraph.entities WHERE id = $1)", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    internal static async Task<int> Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add((NpgsqlParameter)parameter);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
