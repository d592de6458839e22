using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Document;

/// <summary>Maps a graph onto the dataset document shape that <see cref="DatasetReader"/> reads back: every field, nothing lost.</summary>
internal static class DatasetWriter
{
    public const string FormatName = "diplomacy-graph";

    public static DocMapping Write(DiplomaticGraph graph, bool withFormatName)
    {
        var root = DocBuilder.Map();
        if (withFormatName)
        {
            root.Add("format", FormatName);
        }

        return root
            .Add("version", 1)
            .Add("relationTypes", DocBuilder.List(graph.ExtensionTypes.Select(Type)))
            .Add("sources", DocBuilder.List(graph.Sources.Select(Source)))
            .Add("entities", DocBuilder.List(graph.Entities.Select(Entity)))
            .Add("relations", DocBuilder.List(graph.Relations.Select(Relation)));
    }

    private static DocMapping Type(RelationType type) => DocBuilder.Map()
        .Add("name", type.Name)
        .Add("directed", type.Directed)
        .Add("from", DocBuilder.Texts(type.FromKinds.Select(k => k.ToString())))
        .Add("to", DocBuilder.Texts(type.ToKinds.Select(k => k.ToString())))
        .Add("description", type.Description.Length == 0 ? null : type.Description);

    private static DocMapping Source(Source source) => DocBuilder.Map()
        .Add("id", source.Id)
        .Add("title", source.Title)
        .Add("file", source.File)
        .Add("outlet", source.Outlet)
        .Add("author", source.Author)
        .Add("published", source.Published.IsUnknown ? null : source.Published.ToString());

    private static DocMapping Entity(Entity entity)
    {
        var map = DocBuilder.Map()
            .Add("id", entity.Id)
            .Add("kind", entity.Kind.ToString())
            .Add("name", entity.Name)
            .Add("aliases", DocBuilder.Texts(entity.Aliases));
        if (entity.Attributes.Count > 0)
        {
            var attributes = DocBuilder.Map(flow: true);
            foreach (var (key, value) in entity.Attributes)
            {
                attributes.Add(key, value);
            }

            map.Add("attributes", attributes);
        }

        if (entity.Meeting is { } meeting)
        {
            map.Add("time", meeting.Time.ToString())
               .Add("status", Statuses(meeting))
               .Add("topics", DocBuilder.Texts(meeting.Topics));
        }

        return map.Add("citations", Citations(entity.Citations));
    }

    private static DocNode? Statuses(MeetingDetails meeting)
    {
        if (meeting.Statuses is [{ Citations.IsEmpty: true } only])
        {
            return new DocScalar(only.Status.ToString());
        }

        return DocBuilder.List(meeting.Statuses.Select(s => DocBuilder.Map()
            .Add("status", s.Status.ToString())
            .Add("citations", Citations(s.Citations))));
    }

    private static DocMapping Relation(Relation relation) => DocBuilder.Map()
        .Add("id", relation.Id)
        .Add("type", relation.Type)
        .Add("from", relation.From)
        .Add("to", relation.To)
        .Add("time", relation.Time.ToString())
        .Add("role", relation.Role)
        .Add("assertion", relation.Assertion == Assertion.Stated ? null : relation.Assertion.ToString())
        .Add("claimedBy", relation.ClaimedBy)
        .Add("citations", Citations(relation.Citations));

    private static DocSequence? Citations(IEnumerable<Citation> citations) =>
        DocBuilder.List(citations.Select(c => DocBuilder.Map().Add("source", c.SourceId).Add("quote", c.Quote)));
}
