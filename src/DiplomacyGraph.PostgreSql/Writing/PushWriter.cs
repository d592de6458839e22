using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Writing;

/// <summary>
/// A whole-graph push: in one transaction, empty every table and COPY the graph in. Readers keep seeing the old graph until
/// the commit (TRUNCATE waits for them and they wait for it), then the new one; a failure anywhere rolls everything back.
/// </summary>
internal static class PushWriter
{
    public static async Task PushAsync(NpgsqlConnection connection, DiplomaticGraph graph, string dataset, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await WriteLock.TakeAsync(connection, cancellationToken).ConfigureAwait(false);
        await Sql.Execute(connection, "TRUNCATE " + string.Join(", ", Tables.All.Select(Tables.Store)), cancellationToken).ConfigureAwait(false);
        var part = GraphPart.Of(graph);
        await new RowCopier(connection, Tables.Store, dataset, 0).CopyAsync(part, cancellationToken).ConfigureAwait(false);
        await using (var sequence = new NpgsqlCommand("SELECT setval('dipgraph.ordinal', $1)", connection))
        {
            sequence.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Math.Max(1, part.Count) });
            await sequence.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        // Fresh statistics, so the first queries after a push get index plans.
        await Sql.Execute(connection, "ANALYZE " + string.Join(", ", Tables.All.Select(Tables.Store)), cancellationToken).ConfigureAwait(false);
    }

}
