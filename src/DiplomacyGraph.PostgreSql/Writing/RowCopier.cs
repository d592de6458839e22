using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;
using NpgsqlTypes;

namespace DiplomacyGraph.PostgreSql.Writing;

/// <summary>
/// Writes a <see cref="GraphPart"/> as rows with binary <c>COPY</c>, table by table, into the store tables or their staging
/// copies. Each element gets the next ordinal, so a load gives them back in the order they were added.
/// </summary>
internal sealed class RowCopier(NpgsqlConnection connection, Func<string, string> tableName, string dataset, long firstOrdinal)
{
    private const NpgsqlDbType TextArray = NpgsqlDbType.Array | NpgsqlDbType.Text;
    private long ordinal = firstOrdinal;

    public async Task CopyAsync(GraphPart part, CancellationToken cancellationToken)
    {
        await Copy(Tables.RelationTypes, part.Types, (w, t) =>
        {
            w.Write(t.Name, NpgsqlDbType.Text);
            w.Write(t.Directed, NpgsqlDbType.Boolean);
            w.Write(t.FromKinds.Select(k => k.ToString()).ToArray(), TextArray);
            w.Write(t.ToKinds.Select(k => k.ToString()).ToArray(), TextArray);
            w.Write(t.Description, NpgsqlDbType.Text);
            WriteOwnership(w);
        }, cancellationToken).ConfigureAwait(false);

        await Copy(Tables.Sources, part.Sources, (w, s) =>
        {
            w.Write(s.Id, NpgsqlDbType.Text);
            w.Write(s.Title, NpgsqlDbType.Text);
            Text(w, s.File);
            Text(w, SourceColumns.Url(s));
            Text(w, s.Outlet);
            Text(w, s.Author);
            Text(w, SourceColumns.Language(s));
            Time(w, s.Published);
            Time(w, SourceColumns.Retrieved(s));
            WriteOwnership(w);
        }, cancellationToken).ConfigureAwait(false);

        await Copy(Tables.Entities, part.Entities, (w, e) =>
        {
            w.Write(e.Id, NpgsqlDbType.Text);
            w.Write(e.Kind.ToString(), NpgsqlDbType.Text);
            w.Write(e.Name, NpgsqlDbType.Text);
            w.Write(e.Aliases.Prepend(e.Name).Select(NameKey.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray(), TextArray);
            var (basis, note) = ModelColumns.Mark(e);
            w.Write(basis, NpgsqlDbType.Text);
            Text(w, note);
            var (time, topics) = ModelColumns.TimeAndTopics(e);
            if (time is { } t)
            {
                Time(w, t);
            }
            else
            {
                w.WriteNull();
                w.WriteNull();
            }

            if (topics is null)
            {
                w.WriteNull();
            }
            else
            {
                w.Write(topics.ToArray(), TextArray);
            }

            WriteOwnership(w);
        }, cancellationToken).ConfigureAwait(false);

        await Copy(Tables.Aliases, part.Entities.SelectMany(e => e.Aliases.Select((a, i) => (e.Id, i, a))), (w, a) =>
        {
            w.Write(a.Id, NpgsqlDbType.Text);
            w.Write(a.i, NpgsqlDbType.Integer);
            w.Write(a.a, NpgsqlDbType.Text);
        }, cancellationToken).ConfigureAwait(false);

        await Copy(Tables.EntityAttributes, part.Entities.SelectMany(e => e.Attributes.Select(a => (e.Id, a.Key, a.Value))), KeyValue, cancellationToken).ConfigureAwait(false);

        await Copy(Tables.MeetingStatuses, part.Entities.Where(e => e.Meeting is not null).SelectMany(e => e.Meeting!.Statuses.Select((s, i) => (e.Id, i, s.Status))), (w, s) =>
        {
            w.Write(s.Id, NpgsqlDbType.Text);
            w.Write(s.i, NpgsqlDbType.Integer);
            w.Write(s.Status.ToString(), NpgsqlDbType.Text);
        }, cancellationToken).ConfigureAwait(false);

        await Copy(Tables.Statements, StatementColumns.Rows(part.Entities), (w, s) =>
        {
            w.Write(s.EntityId, NpgsqlDbType.Text);
            w.Write(s.Act, NpgsqlDbType.Text);
            w.Write(s.Speech, NpgsqlDbType.Text);
        }, cancellationToken).ConfigureAwait(false);

        await Copy(Tables.Relations, part.Relations, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Text);
            w.Write(r.Type, NpgsqlDbType.Text);
            w.Write(r.From, NpgsqlDbType.Text);
            w.Write(r.To, NpgsqlDbType.Text);
            var (low, high) = Pair(r.From, r.To);
            w.Write(low, NpgsqlDbType.Text);
            w.Write(high, NpgsqlDbType.Text);
            Time(w, r.Time);
            Text(w, r.Role);
            w.Write(r.Assertion.ToString(), NpgsqlDbType.Text);
            Text(w, r.ClaimedBy);
            var (basis, note) = ModelColumns.Mark(r);
            w.Write(basis, NpgsqlDbType.Text);
            Text(w, note);
            WriteOwnership(w);
        }, cancellationToken).ConfigureAwait(false);

        await Copy(Tables.RelationAttributes, part.Relations.SelectMany(r => ModelColumns.Attributes(r).Select(a => (r.Id, a.Key, a.Value))), KeyValue, cancellationToken).ConfigureAwait(false);

        await Copy(Tables.Citations, Citations(part), (w, c) =>
        {
            w.Write(c.Kind, NpgsqlDbType.Text);
            w.Write(c.Owner, NpgsqlDbType.Text);
            w.Write(c.Status, NpgsqlDbType.Integer);
            w.Write(c.Position, NpgsqlDbType.Integer);
            w.Write(c.Citation.SourceId, NpgsqlDbType.Text);
            var (quote, recordDataset, record) = ModelColumns.Citation(c.Citation);
            Text(w, quote);
            Text(w, recordDataset);
            Text(w, record);
            w.Write(dataset, NpgsqlDbType.Text);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The pair columns: the two ends in ordinal order, as <c>EntityPair</c> orders them.</summary>
    public static (string Low, string High) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static IEnumerable<(string Kind, string Owner, int Status, int Position, Citation Citation)> Citations(GraphPart part)
    {
        foreach (var entity in part.Entities)
        {
            for (var i = 0; i < entity.Citations.Length; i++)
            {
                yield return (CitationOwner.Entity, entity.Id, -1, i, entity.Citations[i]);
            }

            if (entity.Meeting is { } meeting)
            {
                for (var s = 0; s < meeting.Statuses.Length; s++)
                {
                    var citations = meeting.Statuses[s].Citations;
                    for (var i = 0; i < citations.Length; i++)
                    {
                        yield return (CitationOwner.Status, entity.Id, s, i, citations[i]);
                    }
                }
            }
        }

        foreach (var relation in part.Relations)
        {
            for (var i = 0; i < relation.Citations.Length; i++)
            {
                yield return (CitationOwner.Relation, relation.Id, -1, i, relation.Citations[i]);
            }
        }
    }

    private static void KeyValue(NpgsqlBinaryImporter w, (string Owner, string Key, string Value) row)
    {
        w.Write(row.Owner, NpgsqlDbType.Text);
        w.Write(row.Key, NpgsqlDbType.Text);
        w.Write(row.Value, NpgsqlDbType.Text);
    }

    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Time(NpgsqlBinaryImporter w, DateRange time)
    {
        w.Write(TimeColumn.Text(time), NpgsqlDbType.Text);
        w.Write(TimeColumn.Range(time), NpgsqlDbType.DateRange);
    }

    private void WriteOwnership(NpgsqlBinaryImporter w)
    {
        w.Write(dataset, NpgsqlDbType.Text);
        w.Write(ordinal++, NpgsqlDbType.Bigint);
    }

    private async Task Copy<T>(string table, IEnumerable<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken cancellationToken)
    {
        var command = $"COPY {tableName(table)} ({Tables.Columns[table]}) FROM STDIN (FORMAT BINARY)";
        var importer = await connection.BeginBinaryImportAsync(command, cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                importer.StartRow();
                write(importer, row);
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
