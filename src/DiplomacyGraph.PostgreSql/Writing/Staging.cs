using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Writing;

/// <summary>Staging copies of the store tables (temporary, dropped at commit) that a replace COPYs into before it swaps rows.</summary>
internal static class Staging
{
    public static async Task CreateAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        await Sql.Execute(connection, string.Join('\n', Tables.All.Select(t => $"CREATE TEMP TABLE stage_{t} (LIKE {Tables.Store(t)}) ON COMMIT DROP;")), cancellationToken).ConfigureAwait(false);

    /// <summary>Reserves <paramref name="count"/> ordinals after every row already stored; returns the first.</summary>
    public static async Task<long> ReserveOrdinalsAsync(NpgsqlConnection connection, long count, CancellationToken cancellationToken) =>
        await Sql.Scalar<long>(connection, "SELECT setval('dipgraph.ordinal', nextval('dipgraph.ordinal') + $1) - $1 + 1", cancellationToken, Sql.Long(Math.Max(count, 1))).ConfigureAwait(false);

    /// <summary>Drops staged child rows whose entity or relation is no longer staged.</summary>
    public static async Task DropOrphansAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { Tables.Aliases, Tables.EntityAttributes, Tables.MeetingStatuses, Tables.Statements })
        {
            await Sql.Execute(connection, $"DELETE FROM {Tables.Stage(table)} s WHERE NOT EXISTS (SELECT 1 FROM {Tables.Stage(Tables.Entities)} e WHERE e.id = s.entity_id)", cancellationToken).ConfigureAwait(false);
        }

        await Sql.Execute(connection, $"DELETE FROM {Tables.Stage(Tables.RelationAttributes)} s WHERE NOT EXISTS (SELECT 1 FROM {Tables.Stage(Tables.Relations)} r WHERE r.id = s.relation_id)", cancellationToken).ConfigureAwait(false);
        await Sql.Execute(connection, $"""
            DELETE FROM {Tables.Stage(Tables.Citations)} s
            WHERE (s.owner_kind <> '{CitationOwner.Relation}' AND NOT EXISTS (SELECT 1 FROM {Tables.Stage(Tables.Entities)} e WHERE e.id = s.owner_id))
               OR (s.owner_kind = '{CitationOwner.Relation}' AND NOT EXISTS (SELECT 1 FROM {Tables.Stage(Tables.Relations)} r WHERE r.id = s.owner_id))
            """, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves every staged row into its store table.</summary>
    public static async Task InsertAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var table in Tables.All)
        {
            await Sql.Execute(connection, $"INSERT INTO {Tables.Store(table)} ({Tables.Columns[table]}) SELECT {Tables.Columns[table]} FROM {Tables.Stage(table)}", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the stored rows of entities (with their aliases, attributes, statuses, statement and citations).</summary>
    public static async Task DeleteEntitiesAsync(NpgsqlConnection connection, string idsSql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        foreach (var table in new[] { Tables.Aliases, Tables.EntityAttributes, Tables.MeetingStatuses, Tables.Statements })
        {
            await Sql.Execute(connection, $"DELETE FROM {Tables.Store(table)} WHERE entity_id IN ({idsSql})", cancellationToken, Clone(parameters)).ConfigureAwait(false);
        }

        await Sql.Execute(connection, $"DELETE FROM dipgraph.citations WHERE owner_kind IN ('{CitationOwner.Entity}', '{CitationOwner.Status}') AND owner_id IN ({idsSql})", cancellationToken, Clone(parameters)).ConfigureAwait(false);
        await Sql.Execute(connection, $"DELETE FROM dipgraph.entities WHERE id IN ({idsSql})", cancellationToken, Clone(parameters)).ConfigureAwait(false);
    }

    /// <summary>Deletes the stored rows of relations (with their attributes and citations).</summary>
    public static async Task DeleteRelationsAsync(NpgsqlConnection connection, string idsSql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await Sql.Execute(connection, $"DELETE FROM dipgraph.relation_attributes WHERE relation_id IN ({idsSql})", cancellationToken, Clone(parameters)).ConfigureAwait(false);
        await Sql.Execute(connection, $"DELETE FROM dipgraph.citations WHERE owner_kind = '{CitationOwner.Relation}' AND owner_id IN ({idsSql})", cancellationToken, Clone(parameters)).ConfigureAwait(false);
        await Sql.Execute(connection, $"DELETE FROM dipgraph.relations WHERE id IN ({idsSql})", cancellationToken, Clone(parameters)).ConfigureAwait(false);
    }

    /// <summary>A parameter belongs to one command, so each statement gets its own copies.</summary>
    private static NpgsqlParameter[] Clone(NpgsqlParameter[] parameters) => [.. parameters.Select(p => p.Clone())];
}
