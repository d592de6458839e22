using DiplomacyGraph.Model;

namespace DiplomacyGraph.PostgreSql.Schema;

/// <summary>
/// The model fields whose column form is not a plain copy: citations (quote or record), marks and the statement columns.
/// One place, so the tables and the model meet here only.
/// </summary>
internal static class ModelColumns
{
    public const string Stated = "Stated";

    public static (string? Quote, string? RecordDataset, string? Record) Citation(Citation citation) => (citation.Quote, null, null);

    public static Citation Citation(string sourceId, string? quote, string? recordDataset, string? record) => new(sourceId, quote ?? string.Empty);

    public static (string Basis, string? Note) Mark(Entity entity) => (Stated, null);

    public static (string Basis, string? Note) Mark(Relation relation) => (Stated, null);

    /// <summary>The entity's own time and topics: a meeting's (and, with statements, a statement's).</summary>
    public static (DateRange? Time, IReadOnlyList<string>? Topics) TimeAndTopics(Entity entity) =>
        entity.Meeting is { } meeting ? (meeting.Time, meeting.Topics) : (null, null);

    public static IReadOnlyList<KeyValuePair<string, string>> Attributes(Relation relation) => [];
}
