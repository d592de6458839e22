using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Writing;

/// <summary>Replaces the rows of one dataset with a graph's elements that no other dataset holds, in one transaction.</summary>
internal static class DatasetReplacer
{
    public static async Task ReplaceAsync(NpgsqlConnection connection, string dataset, DiplomaticGraph graph, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await WriteLock.TakeAsync(connection, cancellationToken).ConfigureAwait(false);
        await Staging.CreateAsync(connection, cancellationToken).ConfigureAwait(false);
        var part = GraphPart.Of(graph);
        var first = await Staging.ReserveOrdinalsAsync(connection, part.Count, cancellationToken).ConfigureAwait(false);
        await new RowCopier(connection, Tables.Stage, dataset, first).CopyAsync(part, cancellationToken).ConfigureAwait(false);

        // What another dataset holds stays with it.
        foreach (var (table, key) in new[] { (Tables.RelationTypes, "name"), (Tables.Sources, "id"), (Tables.Entities, "id"), (Tables.Relations, "id") })
        {
            await Sql.Execute(connection, $"DELETE FROM {Tables.Stage(table)} s USING {Tables.Store(table)} t WHERE t.{key} = s.{key} AND t.dataset <> $1", cancellationToken, Sql.Text(dataset)).ConfigureAwait(false);
        }

        await Staging.DropOrphansAsync(connection, cancellationToken).ConfigureAwait(false);

        // The dataset's current rows go.
        await Staging.DeleteRelationsAsync(connection, "SELECT id FROM dipgraph.relations WHERE dataset = $1", cancellationToken, Sql.Text(dataset)).ConfigureAwait(false);
        await Staging.DeleteEntitiesAsync(connection, "SELECT id FROM dipgraph.entities WHERE dataset = $1", cancellationToken, Sql.Text(dataset)).ConfigureAwait(false);
        await Sql.Execute(connection, "DELETE FROM dipgraph.citations WHERE dataset = $1", cancellationToken, Sql.Text(dataset)).ConfigureAwait(false);
        await Sql.Execute(connection, "DELETE FROM dipgraph.sources WHERE dataset = $1", cancellationToken, Sql.Text(dataset)).ConfigureAwait(false);
        await Sql.Execute(connection, "DELETE FROM dipgraph.relation_types WHERE dataset = $1", cancellationToken, Sql.Text(dataset)).ConfigureAwait(false);

        await Staging.InsertAsync(connection, cancellationToken).ConfigureAwait(false);
        await Integrity.CheckAsync(connection, null, null, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await Sql.Execute(connection, "ANALYZE " + string.Join(", ", Tables.All.Select(Tables.Store)), cancellationToken).ConfigureAwait(false);
    }
}
