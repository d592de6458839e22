using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Document;

/// <summary>Maps a graph onto the dataset document shape that <see cref="DatasetReader"/> reads back: every field, nothing lost.</summary>
internal static class DatasetWriter
{
    public const string FormatName = "diplomacy-graph";

    public static DocumentMapping Write(DiplomaticGraph graph, bool withFormatName)
    {
        var root = DocumentBuilder.Map();
        if (withFormatName)
        {
            root.Add("format", FormatName);
        }

        return root
            .Add("version", 1)
            .Add("relationTypes", DocumentBuilder.List(graph.ExtensionTypes.Select(Type)))
            .Add("sources", DocumentBuilder.List(graph.Sources.Select(Source)))
            .Add("entities", DocumentBuilder.List(graph.Entities.Select(Entity)))
            .Add("relations", DocumentBuilder.List(graph.Relations.Select(Relation)));
    }

    private static DocumentMapping Type(RelationType type) => DocumentBuilder.Map()
        .Add("name", type.Name)
        .Add("directed", type.Directed)
        .Add("from", DocumentBuilder.Texts(type.FromKinds.Select(k => k.ToString())))
        .Add("to", DocumentBuilder.Texts(type.ToKinds.Select(k => k.ToString())))
        .Add("description", type.Description.Length == 0 ? null : type.Description);

    private static DocumentMapping Source(Source source) => DocumentBuilder.Map()
        .Add("id", source.Id)
        .Add("title", source.Title)
        .Add("url", source.Url)
        .Add("file", source.File)
        .Add("outlet", source.Outlet)
        .Add("author", source.Author)
        .Add("published", source.Published.IsUnknown ? null : source.Published.ToString())
        .Add("retrieved", source.Retrieved.IsUnknown ? null : source.Retrieved.ToString())
        .Add("language", source.Language);

    private static DocumentMapping Entity(Entity entity)
    {
        var map = DocumentBuilder.Map()
            .Add("id", entity.Id)
            .Add("kind", entity.Kind.ToString())
            .Add("name", entity.Name)
            .Add("aliases", DocumentBuilder.Texts(entity.Aliases))
            .Add("attributes", Attributes(entity.Attributes))
            .Add("basis", BasisText(entity.Basis))
            .Add("note", entity.Note);
        if (entity.Meeting is { } meeting)
        {
            map.Add("time", meeting.Time.ToString())
               .Add("status", Statuses(meeting))
               .Add("topics", DocumentBuilder.Texts(meeting.Topics));
        }

        if (entity.Statement is { } statement)
        {
            map.Add("act", Lower(statement.Act.ToString()))
               .Add("speech", Lower(statement.Speech.ToString()));
            if (entity.Meeting is null)
            {
                map.Add("time", statement.Time.ToString())
                   .Add("topics", DocumentBuilder.Texts(statement.Topics));
            }
        }

        return map.Add("citations", Citations(entity.Citations));
    }

    private static DocumentMapping? Attributes(System.Collections.Immutable.ImmutableSortedDictionary<string, string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var attributes = DocumentBuilder.Map(flow: true);
        foreach (var (key, value) in values)
        {
            attributes.Add(key, value);
        }

        return attributes;
    }

    /// <summary>The basis as the spec writes it (<c>inferred</c>); the default, stated, is left out.</summary>
    private static string? BasisText(Basis basis) => basis == Basis.Stated ? null : Lower(basis.ToString());

    private static string Lower(string name) => name.ToLowerInvariant();

    private static DocumentNode? Statuses(MeetingDetails meeting)
    {
        if (meeting.Statuses is [{ Citations.IsEmpty: true } only])
        {
            return new DocumentScalar(only.Status.ToString());
        }

        return DocumentBuilder.List(meeting.Statuses.Select(s => DocumentBuilder.Map()
            .Add("status", s.Status.ToString())
            .Add("citations", Citations(s.Citations))));
    }

    private static DocumentMapping Relation(Relation relation) => DocumentBuilder.Map()
        .Add("id", relation.Id)
        .Add("type", relation.Type)
        .Add("from", relation.From)
        .Add("to", relation.To)
        .Add("time", relation.Time.ToString())
        .Add("role", relation.Role)
        .Add("assertion", relation.Assertion == Assertion.Stated ? null : relation.Assertion.ToString())
        .Add("claimedBy", relation.ClaimedBy)
        .Add("attributes", Attributes(relation.Attributes))
        .Add("basis", BasisText(relation.Basis))
        .Add("note", relation.Note)
        .Add("citations", Citations(relation.Citations));

    private static DocumentSequence? Citations(IEnumerable<Citation> citations) =>
        DocumentBuilder.List(citations.Select(c => c switch
        {
            QuoteCitation q => DocumentBuilder.Map().Add("source", q.SourceId).Add("quote", q.Quote),
            RecordCitation r => DocumentBuilder.Map().Add("source", r.SourceId).Add("dataset", r.Dataset).Add("record", r.Record),
            _ => throw new ArgumentOutOfRangeException(nameof(citations), c, "A citation is a quote or a record."),
        }));
}
