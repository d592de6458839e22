using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>
/// Which rows a load reads: all of them, the ids a <see cref="Selection"/> put in its temporary tables, or two id arrays
/// passed as parameters (the few rows a server-side query needs, with only the sources they cite).
/// </summary>
internal sealed class RowFilter
{
    private readonly string[]? entities;
    private readonly string[]? relations;
    private readonly bool temporary;

    private RowFilter(string[]? entities, string[]? relations, bool temporary)
    {
        this.entities = entities;
        this.relations = relations;
        this.temporary = temporary;
    }

    public static RowFilter Whole { get; } = new(null, null, temporary: false);

    public static RowFilter Selected { get; } = new(null, null, temporary: true);

    public static RowFilter Ids(IEnumerable<string> entities, IEnumerable<string> relations) =>
        new([.. entities.Distinct(StringComparer.Ordinal)], [.. relations.Distinct(StringComparer.Ordinal)], temporary: false);

    private bool IsIds => entities is not null;

    /// <summary>True when the rows are read by binary COPY (the whole store or a selection: no parameters); false for ids (one batch).</summary>
    public bool Streamed => !IsIds;

    /// <summary>The clause after <c>FROM table t</c> that keeps the rows of chosen entities, and its parameters.</summary>
    public (string Clause, NpgsqlParameter[] Parameters) Entities(string column) =>
        temporary ? ($"JOIN {Selection.Entities} s ON s.id = t.{column}", [])
        : IsIds ? ($"WHERE t.{column} IN {Listed("$1")}", [Sql.Texts(entities!)])
        : (string.Empty, []);

    /// <summary>The clause after <c>FROM table t</c> that keeps the rows of chosen relations, and its parameters.</summary>
    public (string Clause, NpgsqlParameter[] Parameters) Relations(string column) =>
        temporary ? ($"JOIN {Selection.Relations} s ON s.id = t.{column}", [])
        : IsIds ? ($"WHERE t.{column} IN {Listed("$1")}", [Sql.Texts(relations!)])
        : (string.Empty, []);

    /// <summary>
    /// The query of the citations of chosen entities, statuses and relations (columns as given, from alias t), and its parameters.
    /// Three branches with an equality on <c>owner_kind</c>, so each is a primary-key index scan.
    /// </summary>
    public (string Sql, NpgsqlParameter[] Parameters) Citations(string columns)
    {
        string Branch(string kind, string ids) => $"SELECT {columns} FROM dipgraph.citations t WHERE t.owner_kind = '{kind}' AND t.owner_id {ids}";
        if (temporary)
        {
            var entities = $"IN (SELECT id FROM {Selection.Entities})";
            return ($"{Branch(CitationOwner.Entity, entities)} UNION ALL {Branch(CitationOwner.Status, entities)} UNION ALL {Branch(CitationOwner.Relation, $"IN (SELECT id FROM {Selection.Relations})")}", []);
        }

        if (IsIds)
        {
            return ($"{Branch(CitationOwner.Entity, $"IN {Listed("$1")}")} UNION ALL {Branch(CitationOwner.Status, $"IN {Listed("$1")}")} UNION ALL {Branch(CitationOwner.Relation, $"IN {Listed("$2")}")}",
                [Sql.Texts(entities!), Sql.Texts(relations!)]);
        }

        return ($"SELECT {columns} FROM dipgraph.citations t", []);
    }

    /// <summary>
    /// The ids of an array parameter as a set to join with, not <c>= ANY(array)</c>: with thousands of ids the planner reads
    /// <c>= ANY</c> on the second column of a primary key as a filter over every row of the first (all relation citations),
    /// where the set is probed through the index, one id at a time.
    /// </summary>
    private static string Listed(string parameter) => $"(SELECT unnest({parameter}::text[]))";

    /// <summary>The clause for the sources table (alias t): every source, or with ids only those the chosen rows cite.</summary>
    public (string Clause, NpgsqlParameter[] Parameters) Sources()
    {
        if (!IsIds)
        {
            return (string.Empty, []);
        }

        // A join with the distinct cited ids, not IN (…): with many citations the planner may not hash an IN list and would
        // run it again for every source.
        var (citations, parameters) = Citations("t.source_id");
        return ($"JOIN (SELECT DISTINCT c.source_id FROM ({citations}) c) cited ON cited.source_id = t.id", parameters);
    }
}
