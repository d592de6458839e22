using Npgsql;

namespace DiplomacyGraph.PostgreSql.Writing;

/// <summary>One writer at a time per database: every write takes this transaction-scoped advisory lock first.</summary>
internal static class WriteLock
{
    /// <summary>"dg-write" in ASCII.</summary>
    private const long Key = 0x64672d7772697465;

    public static async Task TakeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Key });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
