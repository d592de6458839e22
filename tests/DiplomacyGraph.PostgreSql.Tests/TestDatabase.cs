using DiplomacyGraph.PostgreSql;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>A fresh database of its own for one test, migrated, dropped at the end.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString, PostgresGraphStore store)
    {
        Name = name;
        ConnectionString = connectionString;
        Store = store;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public PostgresGraphStore Store { get; }

    public static async Task<TestDatabase> CreateAsync(StoreLayout? layout = null, bool migrate = true)
    {
        var name = "dgtest_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(TestServer.For("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = TestServer.For(name);
        var store = PostgresGraphStore.Open(connectionString);
        if (migrate)
        {
            await store.MigrateAsync(layout);
        }

        return new TestDatabase(name, connectionString, store);
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestServer.For("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
