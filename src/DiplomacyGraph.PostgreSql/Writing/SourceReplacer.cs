using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Writing;

/// <summary>
/// Replaces one source's facts in one transaction (see <see cref="PostgresGraphStore.ReplaceSourceAsync"/>). Every step is an
/// index lookup by source, entity or relation id, so the cost follows the source's share of the store, not the store's size.
/// </summary>
internal static class SourceReplacer
{
    public static async Task ReplaceAsync(NpgsqlConnection connection, string sourceId, DiplomaticGraph update, CancellationToken cancellationToken)
    {
        bool Cites(IEnumerable<Citation> citations) => citations.Any(c => c.SourceId == sourceId);
        var entityFacts = update.Entities
            .Where(e => Cites(e.Citations) || (e.Meeting is { } m && m.Statuses.Any(s => Cites(s.Citations))))
            .ToList();
        var factIds = entityFacts.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var relationFacts = update.Relations.Where(r => Cites(r.Citations)).ToList();
        // Entities the facts point at but that do not cite the source: added only when the store lacks them.
        var references = update.Entities.Where(e => !factIds.Contains(e.Id)).ToList();

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await WriteLock.TakeAsync(connection, cancellationToken).ConfigureAwait(false);
        var dataset = await DatasetOfAsync(connection, sourceId, cancellationToken).ConfigureAwait(false);
        await Staging.CreateAsync(connection, cancellationToken).ConfigureAwait(false);
        var part = new GraphPart(update.ExtensionTypes, update.Sources, [.. entityFacts, .. references], relationFacts);
        var first = await Staging.ReserveOrdinalsAsync(connection, part.Count, cancellationToken).ConfigureAwait(false);
        await new RowCopier(connection, Tables.Stage, dataset, first).CopyAsync(part, cancellationToken).ConfigureAwait(false);

        var source = Sql.Text(sourceId);
        var facts = Sql.Texts(factIds);
        await Sql.Execute(connection, "DELETE FROM pg_temp.stage_relation_types s USING dipgraph.relation_types t WHERE t.name = s.name", cancellationToken).ConfigureAwait(false);
        await Sql.Execute(connection, "DELETE FROM pg_temp.stage_sources s USING dipgraph.sources t WHERE t.id = s.id AND s.id <> $1", cancellationToken, source).ConfigureAwait(false);
        await Sql.Execute(connection, "DELETE FROM pg_temp.stage_entities s USING dipgraph.entities t WHERE t.id = s.id AND NOT s.id = ANY($1)", cancellationToken, facts).ConfigureAwait(false);
        await Staging.DropOrphansAsync(connection, cancellationToken).ConfigureAwait(false);

        // What cited the source before, and what the update brings wholesale.
        var oldRelations = new List<string>();
        var oldEntities = new List<string>();
        await Sql.Read(connection, $"SELECT DISTINCT owner_kind = '{CitationOwner.Relation}', owner_id FROM dipgraph.citations WHERE source_id = $1",
            r => (r.GetBoolean(0) ? oldRelations : oldEntities).Add(r.GetString(1)), cancellationToken, Sql.Text(sourceId)).ConfigureAwait(false);
        await Staging.DeleteRelationsAsync(connection, "SELECT id FROM pg_temp.stage_relations", cancellationToken).ConfigureAwait(false);
        await Staging.DeleteEntitiesAsync(connection, "SELECT id FROM pg_temp.stage_entities", cancellationToken).ConfigureAwait(false);

        // Elsewhere the source's citations go; a relation, meeting or statement left with none goes with them (none of them stands
        // without a citation).
        await Sql.Execute(connection, "DELETE FROM dipgraph.citations WHERE source_id = $1", cancellationToken, Sql.Text(sourceId)).ConfigureAwait(false);
        await Staging.DeleteRelationsAsync(connection, $"""
            SELECT r.id FROM dipgraph.relations r WHERE r.id = ANY($1)
            AND NOT EXISTS (SELECT 1 FROM dipgraph.citations c WHERE c.owner_kind = '{CitationOwner.Relation}' AND c.owner_id = r.id)
            """, cancellationToken, Sql.Texts(oldRelations)).ConfigureAwait(false);
        var removedEntities = new List<string>();
        await Sql.Read(connection, $"""
            SELECT e.id FROM dipgraph.entities e WHERE e.id = ANY($1) AND e.kind IN ('Meeting', 'Statement')
            AND NOT EXISTS (SELECT 1 FROM dipgraph.citations c WHERE c.owner_kind = '{CitationOwner.Entity}' AND c.owner_id = e.id)
            """, r => removedEntities.Add(r.GetString(0)), cancellationToken, Sql.Texts(oldEntities)).ConfigureAwait(false);
        await Staging.DeleteEntitiesAsync(connection, "SELECT unnest($1::text[])", cancellationToken, Sql.Texts(removedEntities)).ConfigureAwait(false);
        await Sql.Execute(connection, "DELETE FROM dipgraph.sources WHERE id = $1", cancellationToken, Sql.Text(sourceId)).ConfigureAwait(false);

        await Staging.InsertAsync(connection, cancellationToken).ConfigureAwait(false);

        // The new and changed relations, and every relation that pointed at a removed or replaced entity.
        var touched = Sql.Texts([.. removedEntities, .. factIds]);
        await Integrity.CheckAsync(connection,
            "SELECT id FROM pg_temp.stage_relations UNION SELECT r.id FROM dipgraph.relations r WHERE r.from_id = ANY($1) OR r.to_id = ANY($1) OR r.claimed_by = ANY($1)",
            "SELECT id FROM pg_temp.stage_relations UNION SELECT id FROM pg_temp.stage_entities", cancellationToken, touched).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string> DatasetOfAsync(NpgsqlConnection connection, string sourceId, CancellationToken cancellationToken)
    {
        string? dataset = null;
        await Sql.Read(connection, "SELECT dataset FROM dipgraph.sources WHERE id = $1", r => dataset = r.GetString(0), cancellationToken, Sql.Text(sourceId)).ConfigureAwait(false);
        return dataset ?? PostgresGraphStore.DefaultDataset;
    }
}
