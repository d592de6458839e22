using Npgsql;

namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>
/// One row of a load query, by column number: from a data reader (a batch of parameterised queries) or from a binary
/// <c>COPY … TO STDOUT</c> (a slice or the whole store, read as one stream per table). The loader reads rows the same way from both.
/// </summary>
internal abstract class Row
{
    public abstract bool IsNull(int column);

    public abstract string String(int column);

    public abstract int Int(int column);

    public abstract bool Bool(int column);

    public abstract string[] Strings(int column);

    public string? NullableString(int column) => IsNull(column) ? null : String(column);

    /// <summary>A data reader's current row.</summary>
    public sealed class Reader(NpgsqlDataReader reader) : Row
    {
        public override bool IsNull(int column) => reader.IsDBNull(column);

        public override string String(int column) => reader.GetString(column);

        public override int Int(int column) => reader.GetInt32(column);

        public override bool Bool(int column) => reader.GetBoolean(column);

        public override string[] Strings(int column) => reader.GetFieldValue<string[]>(column);
    }

    /// <summary>The current row of a binary COPY, read whole (in column order, as COPY requires) into a buffer.</summary>
    public sealed class Copied(ColumnType[] types) : Row
    {
        private readonly object?[] values = new object?[types.Length];

        public async ValueTask<bool> ReadAsync(NpgsqlBinaryExporter exporter, CancellationToken cancellationToken)
        {
            if (await exporter.StartRowAsync(cancellationToken).ConfigureAwait(false) == -1)
            {
                return false;
            }

            for (var i = 0; i < types.Length; i++)
            {
                if (exporter.IsNull)
                {
                    await exporter.SkipAsync(cancellationToken).ConfigureAwait(false);
                    values[i] = null;
                    continue;
                }

                values[i] = types[i] switch
                {
                    ColumnType.Text => await exporter.ReadAsync<string>(cancellationToken).ConfigureAwait(false),
                    ColumnType.Int => await exporter.ReadAsync<int>(cancellationToken).ConfigureAwait(false),
                    ColumnType.Bool => await exporter.ReadAsync<bool>(cancellationToken).ConfigureAwait(false),
                    _ => await exporter.ReadAsync<string[]>(cancellationToken).ConfigureAwait(false),
                };
            }

            return true;
        }

        public override bool IsNull(int column) => values[column] is null;

        public override string String(int column) => (string)values[column]!;

        public override int Int(int column) => (int)values[column]!;

        public override bool Bool(int column) => (bool)values[column]!;

        public override string[] Strings(int column) => (string[])values[column]!;
    }
}
