namespace DiplomacyGraph.PostgreSql.Schema;

/// <summary>The store's tables and the column lists every COPY and INSERT … SELECT uses, in one order.</summary>
internal static class Tables
{
    public const string RelationTypes = "relation_types";
    public const string Sources = "sources";
    public const string Entities = "entities";
    public const string Aliases = "aliases";
    public const string EntityAttributes = "entity_attributes";
    public const string MeetingStatuses = "meeting_statuses";
    public const string Statements = "statements";
    public const string Relations = "relations";
    public const string RelationAttributes = "relation_attributes";
    public const string Citations = "citations";

    /// <summary>Every table, parents before children.</summary>
    public static readonly IReadOnlyList<string> All =
        [RelationTypes, Sources, Entities, Aliases, EntityAttributes, MeetingStatuses, Statements, Relations, RelationAttributes, Citations];

    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RelationTypes] = "name, directed, from_kinds, to_kinds, description, dataset, ordinal",
        [Sources] = "id, title, file, url, outlet, author, language, published_text, published, retrieved_text, retrieved, dataset, ordinal",
        [Entities] = "id, kind, name, name_keys, basis, note, time_text, time, topics, dataset, ordinal",
        [Aliases] = "entity_id, position, alias",
        [EntityAttributes] = "entity_id, key, value",
        [MeetingStatuses] = "entity_id, position, status",
        [Statements] = "entity_id, act, speech",
        [Relations] = "id, type, from_id, to_id, pair_low, pair_high, time_text, time, role, assertion, claimed_by, basis, note, dataset, ordinal",
        [RelationAttributes] = "relation_id, key, value",
        [Citations] = "owner_kind, owner_id, status_position, position, source_id, quote, record_dataset, record, dataset",
    };

    /// <summary>The qualified name of a store table.</summary>
    public static string Store(string table) => "dipgraph." + table;

    /// <summary>The name of a table's staging copy (a temporary table dropped at commit).</summary>
    public static string Stage(string table) => "pg_temp.stage_" + table;
}
