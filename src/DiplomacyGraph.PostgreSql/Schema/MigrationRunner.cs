using Npgsql;

namespace DiplomacyGraph.PostgreSql.Schema;

/// <summary>
/// Applies the migrations a database lacks, in version order, in one transaction under an advisory lock, so running it twice,
/// or from two processes at once, applies each version exactly once.
/// </summary>
internal static class MigrationRunner
{
    /// <summary>The advisory lock key every migrator of a database takes ("dipgraph" in ASCII).</summary>
    private const long LockKey = 0x6469706772617068;

    private const string Bookkeeping = """
        CREATE SCHEMA IF NOT EXISTS dipgraph;
        CREATE TABLE IF NOT EXISTS dipgraph.schema_migrations (
            version    int         PRIMARY KEY,
            name       text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        );
        """;

    /// <summary>The highest version this library knows.</summary>
    public static int LatestVersion => Migrations.All(StoreLayout.Plain).Max(m => m.Version);

    /// <summary>Applies what is missing; returns the versions applied (none when the schema is current).</summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(NpgsqlConnection connection, StoreLayout layout, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter<long> { TypedValue = LockKey });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var bookkeeping = new NpgsqlCommand(Bookkeeping, connection, transaction))
        {
            await bookkeeping.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var applied = await AppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (applied.Count > 0 && applied.Max() > LatestVersion)
        {
            throw new StoreException($"The database schema is at version {applied.Max()}, newer than this library knows ({LatestVersion}); update DiplomacyGraph.PostgreSql.");
        }

        var done = new List<int>();
        foreach (var migration in Migrations.All(layout).Where(m => !applied.Contains(m.Version)))
        {
            await using (var apply = new NpgsqlCommand(migration.Sql, connection, transaction))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = new NpgsqlCommand("INSERT INTO dipgraph.schema_migrations (version, name) VALUES ($1, $2)", connection, transaction))
            {
                record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = migration.Version });
                record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = migration.Name });
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            done.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return done;
    }

    /// <summary>The schema version of the database: 0 when it has none.</summary>
    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('dipgraph.schema_migrations') IS NOT NULL", connection))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                return 0;
            }
        }

        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM dipgraph.schema_migrations", connection);
        return (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<HashSet<int>> AppliedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var versions = new HashSet<int>();
        await using var command = new NpgsqlCommand("SELECT version FROM dipgraph.schema_migrations", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
