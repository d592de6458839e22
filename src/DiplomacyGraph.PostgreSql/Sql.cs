using Npgsql;

namespace DiplomacyGraph.PostgreSql;

/// <summary>Runs one statement with positional parameters (<c>$1</c>, <c>$2</c>…); values are never spliced into SQL text.</summary>
internal static class Sql
{
    /// <summary>The reader of a batch command that returns no result set (the reader's results skip it, so the loop does too).</summary>
    private static readonly Action<NpgsqlDataReader> NoRows = _ => { };

    public static async Task<int> Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return (T)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public static async Task Read(NpgsqlConnection connection, string sql, Action<NpgsqlDataReader> row, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            row(reader);
        }
    }

    /// <summary>Runs several queries in one round trip (one batch), handing each one's rows to its reader, in order.</summary>
    public static async Task ReadBatch(NpgsqlConnection connection, IReadOnlyList<(string Sql, NpgsqlParameter[] Parameters, Action<NpgsqlDataReader> Row)> queries, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var (sql, parameters, _) in queries)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.AddRange(parameters);
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var first = true;
        foreach (var (_, _, row) in queries.Where(q => !ReferenceEquals(q.Row, NoRows)))
        {
            if (!first)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            first = false;
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                row(reader);
            }
        }

        // Drain the rest (a COMMIT after the last result set runs only when the reader goes past it).
        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
        {
        }
    }

    /// <summary>Opens a read-only repeatable-read snapshot: put first in a body's first batch (see <c>ReadInOwnSnapshot</c>).</summary>
    public static (string Sql, NpgsqlParameter[] Parameters, Action<NpgsqlDataReader> Row) BeginSnapshot { get; } =
        ("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", [], NoRows);

    /// <summary>Ends the snapshot: put last in the body's last batch.</summary>
    public static (string Sql, NpgsqlParameter[] Parameters, Action<NpgsqlDataReader> Row) EndSnapshot { get; } = ("COMMIT", [], NoRows);

    public static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    public static NpgsqlParameter<string[]> Texts(IEnumerable<string> values) =>
        new() { TypedValue = [.. values], NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text };

    public static NpgsqlParameter<long> Long(long value) => new() { TypedValue = value };

    public static NpgsqlParameter<int> Int(int value) => new() { TypedValue = value };

    public static NpgsqlParameter<bool> Bool(bool value) => new() { TypedValue = value };

    public static NpgsqlParameter<DateOnly> Day(DateOnly value) => new() { TypedValue = value };
}
