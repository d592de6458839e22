using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Schema;
using DiplomacyGraph.Queries;
using Npgsql;
using NpgsqlTypes;

namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>
/// Picks the entities and relations of a <see cref="GraphSlice"/> into two temporary tables (dropped at commit) with
/// parameterised statements, so the loader reads only those rows. The relation ids are distinct by construction and only ever
/// hash-joined, so their table has no index to maintain (a 2-hop neighbourhood can be most of the graph); for the same reason
/// the transaction's sorts and hashes get <c>work_mem</c> 128 MB (<c>SET LOCAL</c>: this transaction only), not 4 MB spilled to disk.
/// </summary>
internal static class Selection
{
    public const string Entities = "pg_temp.sel_entities";
    public const string Relations = "pg_temp.sel_relations";

    public static async Task SelectAsync(NpgsqlConnection connection, GraphSlice slice, CancellationToken cancellationToken)
    {
        await Execute(connection, $"""
            CREATE TEMP TABLE sel_entities (id text PRIMARY KEY, hop int) ON COMMIT DROP;
            CREATE TEMP TABLE sel_relations (id text NOT NULL) ON COMMIT DROP;
            SET LOCAL work_mem = '128MB';
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
            await SelectNeighbourhoodAsync(connection, slice, center, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Entities with a time of their own (meetings) are chosen by it; the rest only when a kept relation touches them.
        await Execute(connection, $"""
            INSERT INTO sel_entities (id) SELECT e.id FROM dipgraph.entities e WHERE {EntityOk} AND (NOT $2 OR e.time IS NOT NULL)
            """, cancellationToken, Conditions()).ConfigureAwait(false);
        await Execute(connection, $"""
            INSERT INTO sel_relations
            SELECT r.id FROM dipgraph.relations r
            JOIN dipgraph.entities e ON e.id = r.from_id
            JOIN dipgraph.entities t ON t.id = r.to_id
            WHERE {RelationOk} AND {EntityOk} AND {EntityOk.Replace("e.", "t.", StringComparison.Ordinal)}
            """, cancellationToken, Conditions()).ConfigureAwait(false);
        await Execute(connection, """
            INSERT INTO sel_entities (id)
            SELECT r.from_id FROM dipgraph.relations r JOIN sel_relations s ON s.id = r.id
            UNION SELECT r.to_id FROM dipgraph.relations r JOIN sel_relations s ON s.id = r.id
            ON CONFLICT DO NOTHING
            """, cancellationToken).ConfigureAwait(false);

        await AddClaimantsAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <see cref="NeighbourhoodQueries.Neighbourhood"/> on the server, hop by hop in <c>sel_entities</c> (each reached
    /// entity with its hop), nothing sent back to the client: a breadth-first walk over the relations the filter allows (the
    /// slice's assertions, never denied ones, no self-loops, the window), reaching only entities of the slice's kinds (the centre
    /// always); then every allowed relation between two reached entities, and their claimants.
    /// </summary>
    private static async Task SelectNeighbourhoodAsync(NpgsqlConnection connection, GraphSlice slice, string center, CancellationToken cancellationToken)
    {
        var assertions = (slice.Assertions ?? QueryFilter.StatedOnly).Where(a => a != Assertion.Denied).Select(a => a.ToString()).ToArray();
        var kinds = slice.Kinds.Select(k => k.ToString()).ToArray();
        var window = slice.Window is { } w ? TimeColumn.Range(w) : default;
        // $1 assertions, $2 has window, $3 window, $4 strict: what a step may walk (StepFilter.AllowsRelation).
        const string Walks = "r.from_id <> r.to_id AND r.assertion = ANY($1) AND (NOT $2 OR (CASE WHEN $4 THEN r.time <@ $3 ELSE r.time && $3 END))";
        NpgsqlParameter[] Conditions() =>
        [
            Sql.Texts(assertions),
            Sql.Bool(slice.Window is not null),
            new NpgsqlParameter<NpgsqlRange<DateOnly>> { TypedValue = window, NpgsqlDbType = NpgsqlDbType.DateRange },
            Sql.Bool(slice.WindowMode == TimeOrderMode.Strict),
        ];

        if (await Sql.Execute(connection, "INSERT INTO sel_entities SELECT e.id, 0 FROM dipgraph.entities e WHERE e.id = $1", cancellationToken, Sql.Text(center)).ConfigureAwait(false) == 0)
        {
            throw new KeyNotFoundException($"No entity has the id '{center}'.");
        }

        // $5 the hop being made, $6 the kinds an entity reached must be of (empty: any).
        var reach = kinds.Length == 0
            ? "SELECT DISTINCT n.id, $5 FROM n"
            : "SELECT DISTINCT n.id, $5 FROM n JOIN dipgraph.entities e ON e.id = n.id WHERE e.kind = ANY($6)";
        for (var hop = 1; hop <= slice.Hops; hop++)
        {
            var added = await Sql.Execute(connection, $"""
                WITH n AS (
                    SELECT r.to_id AS id FROM sel_entities f JOIN dipgraph.relations r ON r.from_id = f.id WHERE f.hop = $5 - 1 AND {Walks}
                    UNION
                    SELECT r.from_id FROM sel_entities f JOIN dipgraph.relations r ON r.to_id = f.id WHERE f.hop = $5 - 1 AND {Walks}
                )
                INSERT INTO sel_entities {reach}
                ON CONFLICT DO NOTHING
                """, cancellationToken, [.. Conditions(), Sql.Int(hop), Sql.Texts(kinds)]).ConfigureAwait(false);
            await Sql.Execute(connection, "ANALYZE sel_entities", cancellationToken).ConfigureAwait(false);
            if (added == 0)
            {
                break;
            }
        }

        await Sql.Execute(connection, $"""
            INSERT INTO sel_relations
            SELECT r.id FROM dipgraph.relations r JOIN sel_entities a ON a.id = r.from_id JOIN sel_entities b ON b.id = r.to_id
            WHERE {Walks}
            """, cancellationToken, Conditions()).ConfigureAwait(false);
        await AddClaimantsAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    private static async Task AddClaimantsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // A kept relation's claimant comes along, so the slice is a valid graph.
        await Execute(connection, """
            INSERT INTO sel_entities (id)
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
