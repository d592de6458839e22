using Npgsql;

namespace DiplomacyGraph.PostgreSql.Tests;

public sealed class MigrationTests
{
    [DatabaseFact]
    public async Task Migrating_twice_applies_every_version_once()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        Assert.Equal(0, await db.Store.SchemaVersionAsync());

        var first = await db.Store.MigrateAsync();
        var second = await db.Store.MigrateAsync();

        Assert.Equal(Enumerable.Range(1, PostgresGraphStore.LatestSchemaVersion), first);
        Assert.Empty(second);
        Assert.Equal(PostgresGraphStore.LatestSchemaVersion, await db.Store.SchemaVersionAsync());
        Assert.Equal(PostgresGraphStore.LatestSchemaVersion, await db.CountAsync("SELECT count(*) FROM dipgraph.schema_migrations"));
    }

    [DatabaseFact]
    public async Task Concurrent_migrations_apply_each_version_once()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => db.Store.MigrateAsync())));

        Assert.Equal(PostgresGraphStore.LatestSchemaVersion, runs.Sum(r => r.Count));
        Assert.Equal(PostgresGraphStore.LatestSchemaVersion, await db.Store.SchemaVersionAsync());
    }

    [DatabaseFact]
    public async Task A_store_without_the_schema_says_to_run_init()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        var error = await Assert.ThrowsAsync<StoreException>(() => db.Store.LoadAsync());
        Assert.Contains("dipgraph db init", error.Message, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task The_reader_role_reads_and_cannot_write_and_the_writer_role_writes()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(TestData.SeedGraph);
        await using var connection = await db.OpenAsync();

        await Execute(connection, "SET ROLE dipgraph_reader");
        Assert.True(await Scalar(connection, "SELECT count(*) FROM dipgraph.entities") > 0);
        var denied = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, "DELETE FROM dipgraph.entities"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);

        await Execute(connection, "RESET ROLE");
        await Execute(connection, "SET ROLE dipgraph_writer");
        await Execute(connection, "UPDATE dipgraph.entities SET name = name WHERE id = 'pakistan'");
        var noDdl = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, "DROP TABLE dipgraph.entities"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, noDdl.SqlState);
    }

    [DatabaseFact]
    public async Task Fuzzy_times_are_ranges_the_gist_index_answers()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(TestData.SeedGraph);
        await using var connection = await db.OpenAsync();
        await Execute(connection, "SET enable_seqscan = off");
        await using var explain = new NpgsqlCommand("EXPLAIN SELECT id FROM dipgraph.relations WHERE time <@ daterange('2025-03-01', '2025-04-01')", connection);
        var plan = string.Join('\n', await ReadAll(explain));
        Assert.Contains("relations_time", plan, StringComparison.Ordinal);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> ReadAll(NpgsqlCommand command)
    {
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
