using System.Collections.Immutable;
using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>
/// Reads the store's rows back into a <see cref="DiplomaticGraph"/>: the whole store, the entities and relations a
/// <see cref="Selection"/> put in its temporary tables, or the few ids a server-side query names. Run inside one
/// repeatable-read transaction, so every table is read at the same snapshot and a concurrent write is seen entirely or not at all.
/// </summary>
/// <remarks>
/// The whole store and a selection are read with one binary <c>COPY (SELECT …) TO STDOUT</c> per table (no parameters: the
/// selection is in temporary tables); a list of ids with one batch of parameterised queries (one round trip). The rows were
/// written from a validated graph, so the graph is built through the trusted path (indexed, not validated again) once
/// <see cref="StoredParts.Check"/> has found every reference a slice could break in place.
/// </remarks>
internal static class GraphLoader
{
    public static async Task<DiplomaticGraph> LoadAsync(NpgsqlConnection connection, RowFilter filter, CancellationToken cancellationToken) =>
        (await ReadAsync(connection, filter, cancellationToken).ConfigureAwait(false)).ToGraph();

    /// <summary>
    /// The rows as parts, for a query that adds to them before building (the server-side history adds placeholders, then
    /// builds through <see cref="StoredParts.ToGraph"/>: trusted, not validated again).
    /// </summary>
    /// <param name="connection">The connection.</param>
    /// <param name="filter">Which rows.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <param name="endSnapshot">End the caller's own snapshot (<see cref="Sql.EndSnapshot"/>) in the same round trip.</param>
    public static Task<StoredParts> LoadPartsAsync(NpgsqlConnection connection, RowFilter filter, CancellationToken cancellationToken, bool endSnapshot = false) =>
        ReadAsync(connection, filter, cancellationToken, endSnapshot);

    private static async Task<StoredParts> ReadAsync(NpgsqlConnection connection, RowFilter filter, CancellationToken cancellationToken, bool endSnapshot = false)
    {
        var parts = new StoredParts();
        var times = new Dictionary<string, DateRange>(StringComparer.Ordinal);
        DateRange Time(string text)
        {
            if (!times.TryGetValue(text, out var time))
            {
                times[text] = time = TimeColumn.Parse(text);
            }

            return time;
        }

        var queries = new List<LoadQuery>();
        queries.Add(new("SELECT name, directed, from_kinds, to_kinds, description FROM dipgraph.relation_types ORDER BY ordinal", [],
            [ColumnType.Text, ColumnType.Bool, ColumnType.TextArray, ColumnType.TextArray, ColumnType.Text], r =>
            parts.Types.Add(new RelationType
            {
                Name = r.String(0),
                Directed = r.Bool(1),
                FromKinds = [.. r.Strings(2).Select(Enum.Parse<EntityKind>)],
                ToKinds = [.. r.Strings(3).Select(Enum.Parse<EntityKind>)],
                Description = r.String(4),
            })));

        var (sources, sourceParameters) = filter.Sources();
        queries.Add(new($"SELECT t.id, t.title, t.file, t.url, t.outlet, t.author, t.language, t.published_text, t.retrieved_text FROM dipgraph.sources t {sources} ORDER BY t.ordinal", sourceParameters,
            Texts(9), r => parts.Sources.Add(SourceRows.Read(r))));

        // Each query its own parameter objects (a parameter belongs to one command); the clause is the same for every child table.
        var entityClause = filter.Entities("entity_id").Clause;
        NpgsqlParameter[] EntityParameters() => filter.Entities("entity_id").Parameters;
        var aliases = new ChildRows<string>();
        queries.Add(new($"SELECT t.entity_id, t.position, t.alias FROM dipgraph.aliases t {entityClause}", EntityParameters(),
            [ColumnType.Text, ColumnType.Int, ColumnType.Text], r => aliases.Add(r.String(0), r.Int(1), r.String(2))));

        var attributes = new ChildRows<KeyValuePair<string, string>>();
        queries.Add(new($"SELECT t.entity_id, t.key, t.value FROM dipgraph.entity_attributes t {entityClause}", EntityParameters(),
            Texts(3), r => attributes.Add(r.String(0), 0, new KeyValuePair<string, string>(r.String(1), r.String(2)))));

        var statuses = new ChildRows<MeetingStatus>();
        queries.Add(new($"SELECT t.entity_id, t.position, t.status FROM dipgraph.meeting_statuses t {entityClause}", EntityParameters(),
            [ColumnType.Text, ColumnType.Int, ColumnType.Text], r => statuses.Add(r.String(0), r.Int(1), Enum.Parse<MeetingStatus>(r.String(2)))));

        var statements = new Dictionary<string, (string Act, string Speech)>(StringComparer.Ordinal);
        queries.Add(new($"SELECT t.entity_id, t.act, t.speech FROM dipgraph.statements t {entityClause}", EntityParameters(),
            Texts(3), r => statements[r.String(0)] = (r.String(1), r.String(2))));

        var (relationClause, relationParameters) = filter.Relations("relation_id");
        var relationAttributes = new ChildRows<KeyValuePair<string, string>>();
        queries.Add(new($"SELECT t.relation_id, t.key, t.value FROM dipgraph.relation_attributes t {relationClause}", relationParameters,
            Texts(3), r => relationAttributes.Add(r.String(0), 0, new KeyValuePair<string, string>(r.String(1), r.String(2)))));

        var entityCitations = new ChildRows<Citation>();
        var statusCitations = new ChildRows<(int Status, Citation Citation)>();
        var relationCitations = new ChildRows<Citation>();
        var (citationQuery, citationParameters) = filter.Citations("t.owner_kind, t.owner_id, t.status_position, t.position, t.source_id, t.quote, t.record_dataset, t.record");
        queries.Add(new(citationQuery, citationParameters,
            [ColumnType.Text, ColumnType.Text, ColumnType.Int, ColumnType.Int, ColumnType.Text, ColumnType.Text, ColumnType.Text, ColumnType.Text], r =>
        {
            var citation = ModelColumns.Citation(r.String(4), r.NullableString(5), r.NullableString(6), r.NullableString(7));
            var owner = r.String(1);
            var position = r.Int(3);
            switch (r.String(0))
            {
                case CitationOwner.Entity:
                    entityCitations.Add(owner, position, citation);
                    break;
                case CitationOwner.Status:
                    statusCitations.Add(owner, (r.Int(2) * 65536) + position, (r.Int(2), citation));
                    break;
                default:
                    relationCitations.Add(owner, position, citation);
                    break;
            }
        }));

        var (idClause, idParameters) = filter.Entities("id");
        queries.Add(new($"SELECT t.id, t.kind, t.name, t.basis, t.note, t.time_text, t.topics FROM dipgraph.entities t {idClause} ORDER BY t.ordinal", idParameters,
            [ColumnType.Text, ColumnType.Text, ColumnType.Text, ColumnType.Text, ColumnType.Text, ColumnType.Text, ColumnType.TextArray], r =>
        {
            var id = r.String(0);
            var row = new EntityRow(
                id, Enum.Parse<EntityKind>(r.String(1)), r.String(2), r.String(3), r.NullableString(4),
                r.IsNull(5) ? null : Time(r.String(5)), r.IsNull(6) ? [] : r.Strings(6));
            var statusCites = statusCitations.Of(id).ToList();
            var reports = statuses.Of(id).Select((s, i) => new StatusReport
            {
                Status = s,
                Citations = [.. statusCites.Where(c => c.Status == i).Select(c => c.Citation)],
            });
            parts.Entities.Add(row.ToEntity(
                [.. aliases.Of(id)],
                attributes.Of(id).ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
                [.. entityCitations.Of(id)],
                [.. reports],
                statements.TryGetValue(id, out var statement) ? statement : null));
        }));

        var (relationIdClause, relationIdParameters) = filter.Relations("id");
        queries.Add(new($"SELECT t.id, t.type, t.from_id, t.to_id, t.time_text, t.role, t.assertion, t.claimed_by, t.basis, t.note FROM dipgraph.relations t {relationIdClause} ORDER BY t.ordinal", relationIdParameters,
            Texts(10), r =>
        {
            var id = r.String(0);
            parts.Relations.Add(RelationRows.Create(
                id, r.String(1), r.String(2), r.String(3), Time(r.String(4)), r.NullableString(5),
                Enum.Parse<Assertion>(r.String(6)), r.NullableString(7), r.String(8), r.NullableString(9),
                [.. relationAttributes.Of(id)], [.. relationCitations.Of(id)]));
        }));

        if (filter.Streamed)
        {
            foreach (var query in queries)
            {
                await CopyAsync(connection, query, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            List<(string, NpgsqlParameter[], Action<NpgsqlDataReader>)> batch = [.. queries.Select(q => (q.Sql, q.Parameters, (Action<NpgsqlDataReader>)(reader => q.Row(new Row.Reader(reader)))))];
            if (endSnapshot)
            {
                batch.Add(Sql.EndSnapshot);
            }

            await Sql.ReadBatch(connection, batch, cancellationToken).ConfigureAwait(false);
        }

        return parts;
    }

    /// <summary>One query's rows by binary COPY, one stream (the query takes no parameters: COPY has none).</summary>
    private static async Task CopyAsync(NpgsqlConnection connection, LoadQuery query, CancellationToken cancellationToken)
    {
        await using var exporter = await connection.BeginBinaryExportAsync($"COPY ({query.Sql}) TO STDOUT (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        var row = new Row.Copied(query.Types);
        while (await row.ReadAsync(exporter, cancellationToken).ConfigureAwait(false))
        {
            query.Row(row);
        }
    }

    private static ColumnType[] Texts(int count) => Enumerable.Repeat(ColumnType.Text, count).ToArray();

    private sealed record LoadQuery(string Sql, NpgsqlParameter[] Parameters, ColumnType[] Types, Action<Row> Row);
}
