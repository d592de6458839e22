using System.Globalization;
using System.Reflection;

namespace DiplomacyGraph.PostgreSql.Schema;

/// <summary>The embedded migrations, in version order, with the relations table chosen by the layout.</summary>
internal static class Migrations
{
    private const string RelationsMarker = "/*relations*/";

    private const string RelationColumns = """
            id         text      NOT NULL,
            type       text      NOT NULL,
            from_id    text      NOT NULL,
            to_id      text      NOT NULL,
            pair_low   text      NOT NULL,
            pair_high  text      NOT NULL,
            time_text  text      NOT NULL,
            time       daterange NOT NULL,
            role       text,
            assertion  text      NOT NULL,
            claimed_by text,
            basis      text      NOT NULL,
            note       text,
            dataset    text      NOT NULL,
            ordinal    bigint    NOT NULL,
        """;

    /// <summary>Every migration, lowest version first.</summary>
    public static IReadOnlyList<Migration> All(StoreLayout layout)
    {
        var assembly = typeof(Migrations).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith("migrations/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
                .Select(n => Read(assembly, n, layout))
                .OrderBy(m => m.Version),
        ];
    }

    /// <summary>The <c>CREATE TABLE</c> for relations: plain, or hash-partitioned by the pair.</summary>
    public static string RelationsTable(StoreLayout layout)
    {
        if (layout.RelationPartitions <= 0)
        {
            return $"CREATE TABLE dipgraph.relations (\n{RelationColumns}\n    PRIMARY KEY (id)\n);";
        }

        var count = layout.RelationPartitions;
        var partitions = Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"CREATE TABLE dipgraph.relations_p{i} PARTITION OF dipgraph.relations FOR VALUES WITH (MODULUS {count}, REMAINDER {i});"));
        return $"CREATE TABLE dipgraph.relations (\n{RelationColumns}\n    PRIMARY KEY (pair_low, pair_high, id)\n) PARTITION BY HASH (pair_low, pair_high);\n"
            + string.Join('\n', partitions)
            + "\nCREATE INDEX relations_id ON dipgraph.relations (id);";
    }

    private static Migration Read(Assembly assembly, string resource, StoreLayout layout)
    {
        var file = resource["migrations/".Length..^".sql".Length];
        var underscore = file.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(file[..underscore], NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var sql = reader.ReadToEnd().Replace(RelationsMarker, RelationsTable(layout), StringComparison.Ordinal);
        return new Migration(version, file[(underscore + 1)..], sql);
    }
}
