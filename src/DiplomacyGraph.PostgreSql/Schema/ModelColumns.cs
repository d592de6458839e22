using DiplomacyGraph.Model;

namespace DiplomacyGraph.PostgreSql.Schema;

/// <summary>
/// The model fields whose column form is not a plain copy: citations (quote or record), marks and an entity's own time and
/// topics. One place, so the tables and the model meet here only.
/// </summary>
internal static class ModelColumns
{
    public static (string? Quote, string? RecordDataset, string? Record) Citation(Citation citation) => citation switch
    {
        QuoteCitation q => (q.Quote, null, null),
        RecordCitation r => (null, r.Dataset, r.Record),
        _ => throw new NotSupportedException($"A citation of type {citation.GetType().Name} has no columns."),
    };

    public static Citation Citation(string sourceId, string? quote, string? recordDataset, string? record) =>
        record is not null ? new RecordCitation(sourceId, recordDataset ?? string.Empty, record) : new QuoteCitation(sourceId, quote ?? string.Empty);

    public static (string Basis, string? Note) Mark(Entity entity) => (entity.Basis.ToString(), entity.Note);

    public static (string Basis, string? Note) Mark(Relation relation) => (relation.Basis.ToString(), relation.Note);

    /// <summary>The entity's own time and topics: a meeting's or a statement's.</summary>
    public static (DateRange? Time, IReadOnlyList<string>? Topics) TimeAndTopics(Entity entity) =>
        entity.Meeting is { } meeting ? (meeting.Time, meeting.Topics)
        : entity.Statement is { } statement ? (statement.Time, statement.Topics)
        : (null, null);

    public static IReadOnlyList<KeyValuePair<string, string>> Attributes(Relation relation) => [.. relation.Attributes];
}
