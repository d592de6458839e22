using System.Diagnostics;
using DiplomacyGraph.PostgreSql.Schema;
using DiplomacyGraph.PostgreSql.Writing;
using Npgsql;
using NpgsqlTypes;
using StoreTables = DiplomacyGraph.PostgreSql.Schema.Tables;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The rows a push writes, captured as plain values per table (read back from a first push), so the baseline COPY writes
/// exactly the same rows with nothing but <c>StartRow</c>/<c>Write</c> per value.
/// </summary>
internal sealed class CapturedRows
{
    private readonly Dictionary<string, List<object?[]>> rows = [];
    private readonly Dictionary<string, NpgsqlDbType[]> types = [];

    public int Count => rows.Values.Sum(r => r.Count);

    public int TableCount => rows.Count;

    public static async Task<CapturedRows> CaptureAsync(string connectionString, DiplomaticGraph graph)
    {
        await using (var store = PostgreSql.PostgresGraphStore.Open(connectionString))
        {
            await store.PushAsync(graph);
        }

        var captured = new CapturedRows();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var table in StoreTables.All)
        {
            await using var command = new NpgsqlCommand($"SELECT {StoreTables.Columns[table]} FROM {StoreTables.Store(table)}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var list = new List<object?[]>();
            var columnTypes = Enumerable.Range(0, reader.FieldCount).Select(i => TypeOf(reader.GetDataTypeName(i))).ToArray();
            while (await reader.ReadAsync())
            {
                var values = new object?[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(i) ? null : columnTypes[i] == NpgsqlDbType.DateRange ? reader.GetFieldValue<NpgsqlRange<DateOnly>>(i) : reader.GetValue(i);
                }

                list.Add(values);
            }

            captured.rows[table] = list;
            captured.types[table] = columnTypes;
        }

        return captured;
    }

    /// <summary>Empties the tables and COPYs the captured rows back in one transaction; returns the time taken.</summary>
    public async Task<TimeSpan> CopyAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var truncate = new NpgsqlCommand("TRUNCATE " + string.Join(", ", StoreTables.All.Select(StoreTables.Store)), connection))
        {
            await truncate.ExecuteNonQueryAsync();
        }

        foreach (var table in StoreTables.All)
        {
            var columnTypes = types[table];
            await using var importer = await connection.BeginBinaryImportAsync($"COPY {StoreTables.Store(table)} ({StoreTables.Columns[table]}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows[table])
            {
                importer.StartRow();
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is null)
                    {
                        importer.WriteNull();
                    }
                    else
                    {
                        importer.Write(row[i], columnTypes[i]);
                    }
                }
            }

            await importer.CompleteAsync();
        }

        await transaction.CommitAsync();
        return clock.Elapsed;
    }

    private static NpgsqlDbType TypeOf(string name) => name switch
    {
        "text" => NpgsqlDbType.Text,
        "text[]" => NpgsqlDbType.Array | NpgsqlDbType.Text,
        "boolean" => NpgsqlDbType.Boolean,
        "bigint" => NpgsqlDbType.Bigint,
        "integer" => NpgsqlDbType.Integer,
        "daterange" => NpgsqlDbType.DateRange,
        _ => throw new NotSupportedException($"column type {name}"),
    };
}
