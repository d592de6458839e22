using System.Collections.Immutable;
using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>
/// Reads the store's rows back into a <see cref="DiplomaticGraph"/>: the whole store, or the entities and relations a
/// <see cref="Selection"/> put in its temporary tables. Run inside one repeatable-read transaction, so every table is read at
/// the same snapshot and a concurrent write is seen entirely or not at all.
/// </summary>
internal static class GraphLoader
{
    public static async Task<DiplomaticGraph> LoadAsync(NpgsqlConnection connection, RowFilter filter, CancellationToken cancellationToken) =>
        (await LoadBuilderAsync(connection, filter, cancellationToken).ConfigureAwait(false)).Build();

    public static async Task<GraphBuilder> LoadBuilderAsync(NpgsqlConnection connection, RowFilter filter, CancellationToken cancellationToken)
    {
        var builder = new GraphBuilder();
        var queries = new List<(string Sql, NpgsqlParameter[] Parameters, Action<NpgsqlDataReader> Row)>();
        queries.Add(("SELECT name, directed, from_kinds, to_kinds, description FROM dipgraph.relation_types ORDER BY ordinal", [], r =>
            builder.AddRelationType(new RelationType
            {
                Name = r.GetString(0),
                Directed = r.GetBoolean(1),
                FromKinds = [.. r.GetFieldValue<string[]>(2).Select(Enum.Parse<EntityKind>)],
                ToKinds = [.. r.GetFieldValue<string[]>(3).Select(Enum.Parse<EntityKind>)],
                Description = r.GetString(4),
            })));

        var (sources, sourceParameters) = filter.Sources();
        queries.Add(($"SELECT t.id, t.title, t.file, t.url, t.outlet, t.author, t.language, t.published_text, t.retrieved_text FROM dipgraph.sources t {sources} ORDER BY t.ordinal", sourceParameters, r =>
            builder.AddSource(SourceRows.Read(r))));

        var aliases = new ChildRows<string>();
        queries.Add(($"SELECT t.entity_id, t.position, t.alias FROM dipgraph.aliases t {filter.Entities("entity_id").Clause}", filter.Entities("entity_id").Parameters, r =>
            aliases.Add(r.GetString(0), r.GetInt32(1), r.GetString(2))));

        var attributes = new ChildRows<KeyValuePair<string, string>>();
        queries.Add(($"SELECT t.entity_id, t.key, t.value FROM dipgraph.entity_attributes t {filter.Entities("entity_id").Clause}", filter.Entities("entity_id").Parameters, r =>
            attributes.Add(r.GetString(0), 0, new KeyValuePair<string, string>(r.GetString(1), r.GetString(2)))));

        var statuses = new ChildRows<MeetingStatus>();
        queries.Add(($"SELECT t.entity_id, t.position, t.status FROM dipgraph.meeting_statuses t {filter.Entities("entity_id").Clause}", filter.Entities("entity_id").Parameters, r =>
            statuses.Add(r.GetString(0), r.GetInt32(1), Enum.Parse<MeetingStatus>(r.GetString(2)))));

        var statements = new Dictionary<string, (string Act, string Speech)>(StringComparer.Ordinal);
        queries.Add(($"SELECT t.entity_id, t.act, t.speech FROM dipgraph.statements t {filter.Entities("entity_id").Clause}", filter.Entities("entity_id").Parameters, r =>
            statements[r.GetString(0)] = (r.GetString(1), r.GetString(2))));

        var relationAttributes = new ChildRows<KeyValuePair<string, string>>();
        queries.Add(($"SELECT t.relation_id, t.key, t.value FROM dipgraph.relation_attributes t {filter.Relations("relation_id").Clause}", filter.Relations("relation_id").Parameters, r =>
            relationAttributes.Add(r.GetString(0), 0, new KeyValuePair<string, string>(r.GetString(1), r.GetString(2)))));

        var entityCitations = new ChildRows<Citation>();
        var statusCitations = new ChildRows<(int Status, Citation Citation)>();
        var relationCitations = new ChildRows<Citation>();
        var (citationQuery, citationParameters) = filter.Citations("t.owner_kind, t.owner_id, t.status_position, t.position, t.source_id, t.quote, t.record_dataset, t.record");
        queries.Add((citationQuery, citationParameters, r =>
        {
            var citation = ModelColumns.Citation(r.GetString(4), Nullable(r, 5), Nullable(r, 6), Nullable(r, 7));
            var owner = r.GetString(1);
            var position = r.GetInt32(3);
            switch (r.GetString(0))
            {
                case CitationOwner.Entity:
                    entityCitations.Add(owner, position, citation);
                    break;
                case CitationOwner.Status:
                    statusCitations.Add(owner, (r.GetInt32(2) * 65536) + position, (r.GetInt32(2), citation));
                    break;
                default:
                    relationCitations.Add(owner, position, citation);
                    break;
            }
        }));

        queries.Add(($"SELECT t.id, t.kind, t.name, t.basis, t.note, t.time_text, t.topics FROM dipgraph.entities t {filter.Entities("id").Clause} ORDER BY t.ordinal", filter.Entities("id").Parameters, r =>
        {
            var id = r.GetString(0);
            var row = new EntityRow(
                id, Enum.Parse<EntityKind>(r.GetString(1)), r.GetString(2), r.GetString(3), Nullable(r, 4),
                r.IsDBNull(5) ? null : TimeColumn.Parse(r.GetString(5)), r.IsDBNull(6) ? [] : r.GetFieldValue<string[]>(6));
            var statusCites = statusCitations.Of(id).ToList();
            var reports = statuses.Of(id).Select((s, i) => new StatusReport
            {
                Status = s,
                Citations = [.. statusCites.Where(c => c.Status == i).Select(c => c.Citation)],
            });
            builder.AddEntity(row.ToEntity(
                [.. aliases.Of(id)],
                attributes.Of(id).ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
                [.. entityCitations.Of(id)],
                [.. reports],
                statements.TryGetValue(id, out var statement) ? statement : null));
        }));

        queries.Add(($"SELECT t.id, t.type, t.from_id, t.to_id, t.time_text, t.role, t.assertion, t.claimed_by, t.basis, t.note FROM dipgraph.relations t {filter.Relations("id").Clause} ORDER BY t.ordinal", filter.Relations("id").Parameters, r =>
        {
            var id = r.GetString(0);
            builder.AddRelation(RelationRows.Create(
                id, r.GetString(1), r.GetString(2), r.GetString(3), TimeColumn.Parse(r.GetString(4)), Nullable(r, 5),
                Enum.Parse<Assertion>(r.GetString(6)), Nullable(r, 7), r.GetString(8), Nullable(r, 9),
                [.. relationAttributes.Of(id)], [.. relationCitations.Of(id)]));
        }));

        await Sql.ReadBatch(connection, queries, cancellationToken).ConfigureAwait(false);
        return builder;
    }

    internal static string? Nullable(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
