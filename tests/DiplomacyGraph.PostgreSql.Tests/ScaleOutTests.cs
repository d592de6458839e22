using Xunit.Abstractions;
using DiplomacyGraph.Tests;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>A streaming replica, and a server that goes away in the middle of a push, each on a cluster of the test's own.</summary>
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    [PrivateClusterFact]
    public async Task A_streaming_replica_answers_reads_after_a_push_and_refuses_writes()
    {
        var script = PrivateCluster.Script();

        using var cluster = PrivateCluster.Start(script);
        var primaryString = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Pooling = false }.ConnectionString;
        await using var primary = PostgresGraphStore.Open(primaryString);
        await primary.MigrateAsync();
        var replicaString = new NpgsqlConnectionStringBuilder(cluster.StartReplica(script)) { Pooling = false }.ConnectionString;

        await primary.PushAsync(TestData.Generated);
        await using var replica = PostgresGraphStore.Open(replicaString);
        await WaitForReplay(primaryString, replicaString);

        GraphAssert.Equivalent(TestData.Generated, await replica.LoadAsync());
        var (a, b) = ServerQueryTests.Pairs(TestData.Generated).First();
        Assert.Equal((await primary.HistoryAsync(a, b)).Select(QueryRows.Describe), (await replica.HistoryAsync(a, b)).Select(QueryRows.Describe));
        var refused = await Assert.ThrowsAsync<StoreException>(() => replica.PushAsync(TestData.SeedGraph));
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
    }

    [PrivateClusterFact]
    public async Task A_server_that_goes_away_mid_push_leaves_the_old_graph_whole_and_says_so()
    {
        var script = PrivateCluster.Script();

        using var cluster = PrivateCluster.Start(script);
        var connection = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Pooling = false }.ConnectionString;
        await using (var store = PostgresGraphStore.Open(connection))
        {
            await store.MigrateAsync();
            await store.PushAsync(TestData.SeedGraph);
            var big = Testing.SyntheticGraph.Generate(new Testing.SyntheticGraphOptions { Entities = 20_000, Relations = 200_000, RandomSeed = 7 });

            var push = Task.Run(() => store.PushAsync(big));
            // Crash once the push is writing relations: entities are then in its (uncommitted) transaction, relations half.
            Assert.True(await CopyingRelations(connection, push), "the push finished before it could be interrupted");
            cluster.Crash(script);

            var error = await Assert.ThrowsAsync<StoreException>(() => push);
            Assert.StartsWith("Pushing the graph failed: ", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
            output.WriteLine(error.Message);
        }

        cluster.Resume(script);
        await using var after = PostgresGraphStore.Open(connection);
        GraphAssert.Equivalent(TestData.SeedGraph, await after.LoadAsync());
    }

    private static async Task<bool> CopyingRelations(string connectionString, Task push)
    {
        await using var watcher = new NpgsqlConnection(connectionString);
        await watcher.OpenAsync();
        while (!push.IsCompleted)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY dipgraph.relations %' AND state = 'active'", watcher);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return true;
            }

            await Task.Delay(5);
        }

        return false;
    }

    private static async Task WaitForReplay(string primary, string replica)
    {
        string lsn;
        await using (var connection = new NpgsqlConnection(primary))
        {
            await connection.OpenAsync();
            await using var current = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", connection);
            lsn = (string)(await current.ExecuteScalarAsync())!;
        }

        await using var standby = new NpgsqlConnection(replica);
        await standby.OpenAsync();
        // Bounded wait for the replica to replay the push (not a timing assertion: it only has to get there).
        for (var i = 0; i < 1200; i++)
        {
            await using var replayed = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", standby);
            replayed.Parameters.Add(new NpgsqlParameter<string> { TypedValue = lsn });
            if ((bool)(await replayed.ExecuteScalarAsync())!)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the replica did not replay the push within two minutes");
    }
}
