using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Maps dataset documents (from YAML or JSON) onto a <see cref="GraphBuilder"/>: the one place the
/// dataset schema (docs/yaml-format.md) is read. Collects every problem; <see cref="Build"/> throws them all.
/// </summary>
internal sealed class DatasetReader
{
    private static readonly string[] RootFields = ["format", "version", "relationTypes", "sources", "entities", "relations"];
    private static readonly string[] TypeFields = ["name", "directed", "from", "to", "description"];
    private static readonly string[] SourceFields = ["id", "title", "file", "outlet", "author", "published"];
    private static readonly string[] EntityFields = ["id", "kind", "name", "aliases", "attributes", "citations", "time", "status", "topics"];
    private static readonly string[] RelationFields = ["id", "type", "from", "to", "time", "role", "assertion", "claimedBy", "citations"];
    private static readonly string[] CitationFields = ["source", "quote"];
    private static readonly string[] StatusFields = ["status", "citations"];

    private readonly List<GraphError> errors = [];
    private readonly GraphBuilder builder = new();
    private readonly SharedValues shared = new();
    private readonly Dictionary<string, string> sourceTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> meetings = new(StringComparer.Ordinal);
    private readonly List<(Func<DateRange, Relation> Make, string Id, string From, string To, ElementLocation? At, MapReader Fields)> untimed = [];

    /// <summary>
    /// Reads one document. <paramref name="sourceFile"/> gives a source file's text by its path relative to the document,
    /// or why there is none (an error on the source's <c>file</c>); without it, quotes are not checked.
    /// </summary>
    public void Read(DocNode root, string documentName, Func<string, SourceFileText>? sourceFile)
    {
        if (root is DocScalar { Value.Length: 0 })
        {
            return;
        }

        if (root is not DocMapping mapping)
        {
            errors.Add(new GraphError($"A dataset must be a mapping with sections {string.Join(", ", RootFields)}; found {root.Describe}.", root.Location ?? new TextLocation(documentName, 1, 1)));
            return;
        }

        var doc = new MapReader(mapping, string.Empty, errors);
        var version = doc.Text("version");
        if (version is not null and not "1")
        {
            doc.Error($"Version '{version}' is not supported; this library reads version 1.", "version", doc.Node("version")?.Location);
        }

        var format = doc.Text("format");
        if (format is not null and not DatasetWriter.FormatName)
        {
            doc.Error($"Format '{format}' is not '{DatasetWriter.FormatName}'.", "format", doc.Node("format")?.Location);
        }

        foreach (var type in Section(doc, "relationTypes"))
        {
            ReadType(type);
        }

        foreach (var source in Section(doc, "sources"))
        {
            ReadSource(source, sourceFile);
        }

        foreach (var entity in Section(doc, "entities"))
        {
            ReadEntity(entity);
        }

        foreach (var relation in Section(doc, "relations"))
        {
            ReadRelation(relation);
        }

        doc.Done(RootFields);
    }

    /// <summary>Validates everything read and returns the graph, or throws every problem at once.</summary>
    public DiplomaticGraph Build()
    {
        foreach (var (make, id, from, to, at, fields) in untimed)
        {
            var meeting = meetings.GetValueOrDefault(from) ?? meetings.GetValueOrDefault(to);
            if (meeting?.Meeting is { } details)
            {
                builder.AddRelation(make(details.Time), at);
            }
            else
            {
                fields.Error("'time' is required (write 'unknown' when nothing is known); only a relation to or from a meeting takes the meeting's time.", "time", fields.Location, id);
            }
        }

        foreach (var error in errors)
        {
            builder.AddError(error);
        }

        builder.SourceText = source => sourceTexts.GetValueOrDefault(source.Id);
        return builder.Build();
    }

    private static IEnumerable<MapReader> Section(MapReader doc, string key) => doc.Mappings(key, elements: true);

    private void ReadType(MapReader r)
    {
        var type = new RelationType
        {
            Name = r.Text("name", required: true) ?? string.Empty,
            Directed = r.Parse<bool>("directed", TryBool) ?? true,
            FromKinds = Kinds(r, "from"),
            ToKinds = Kinds(r, "to"),
            Description = r.Text("description") ?? string.Empty,
        };
        r.Done(TypeFields);
        builder.AddRelationType(type, r.ElementLocation());
    }

    private void ReadSource(MapReader r, Func<string, SourceFileText>? sourceFile)
    {
        var source = new Source
        {
            Id = r.Text("id", required: true) ?? string.Empty,
            Title = r.Text("title", required: true) ?? string.Empty,
            File = r.Text("file"),
            Outlet = r.Text("outlet"),
            Author = r.Text("author"),
            Published = r.Parse<DateRange>("published", DateRange.TryParse) ?? DateRange.Unknown,
        };
        r.Done(SourceFields);
        if (source.File is { } file && SourcePath.Check(file) is { } problem)
        {
            r.Error(problem, "file", r.Node("file")?.Location, source.Id);
        }
        else if (source.File is { } relative && sourceFile is not null)
        {
            var read = sourceFile(relative);
            if (read.Text is { } text)
            {
                sourceTexts[source.Id] = text;
            }
            else if (read.Problem is { } refused)
            {
                r.Error(refused, "file", r.Node("file")?.Location, source.Id);
            }
        }

        builder.AddSource(source, r.ElementLocation());
    }

    private void ReadEntity(MapReader r)
    {
        var kind = r.Enum<EntityKind>("kind", required: true);
        var isMeeting = kind == EntityKind.Meeting;
        var hasMeetingFields = r.Node("time") is not null || r.Node("status") is not null || r.Node("topics") is not null;
        var entity = new Entity
        {
            Id = shared.Text(r.Text("id", required: true) ?? string.Empty),
            Kind = kind ?? EntityKind.Person,
            Name = r.Text("name", required: true) ?? string.Empty,
            Aliases = [.. r.Texts("aliases")],
            Attributes = Attributes(r),
            Citations = Citations(r, "citations"),
            Meeting = isMeeting || hasMeetingFields
                ? new MeetingDetails
                {
                    Time = r.Parse<DateRange>("time", DateRange.TryParse, required: isMeeting) ?? DateRange.Unknown,
                    Statuses = Statuses(r, isMeeting),
                    Topics = [.. r.Texts("topics")],
                }
                : null,
        };
        r.Done(EntityFields);
        if (kind is null)
        {
            return; // Reported; adding it as some other kind would only cause misleading follow-up errors.
        }

        if (isMeeting)
        {
            meetings[entity.Id] = entity;
        }

        builder.AddEntity(entity, r.ElementLocation());
    }

    private void ReadRelation(MapReader r)
    {
        var id = r.Text("id", required: true) ?? string.Empty;
        var type = shared.Text(r.Text("type", required: true) ?? string.Empty);
        var from = shared.Text(r.Text("from", required: true) ?? string.Empty);
        var to = shared.Text(r.Text("to", required: true) ?? string.Empty);
        var time = r.Parse<DateRange>("time", DateRange.TryParse);
        var timeWritten = r.Node("time") is DocScalar { Value.Length: > 0 };
        var role = shared.Optional(r.Text("role"));
        var assertion = r.Enum<Assertion>("assertion") ?? Assertion.Stated;
        var claimedBy = shared.Optional(r.Text("claimedBy"));
        var citations = Citations(r, "citations");
        r.Done(RelationFields);
        Relation Make(DateRange t) => new()
        {
            Id = id, Type = type, From = from, To = to, Time = t, Role = role,
            Assertion = assertion, ClaimedBy = claimedBy, Citations = citations,
        };

        if (timeWritten)
        {
            builder.AddRelation(Make(time ?? DateRange.Unknown), r.ElementLocation());
        }
        else
        {
            untimed.Add((Make, id, from, to, r.ElementLocation(), r));
        }
    }

    private ImmutableArray<Citation> Citations(MapReader r, string key) =>
    [
        .. r.Mappings(key).Select(c =>
        {
            var citation = shared.Citation(c.Text("source", required: true) ?? string.Empty, c.Text("quote", required: true) ?? string.Empty);
            c.Done(CitationFields);
            return citation;
        }),
    ];

    private ImmutableArray<StatusReport> Statuses(MapReader r, bool required)
    {
        var node = r.Node("status");
        if (node is DocSequence)
        {
            return
            [
                .. r.Mappings("status").Select(s =>
                {
                    var report = new StatusReport { Status = s.Enum<MeetingStatus>("status", required: true) ?? MeetingStatus.Planned, Citations = Citations(s, "citations") };
                    s.Done(StatusFields);
                    return report;
                }),
            ];
        }

        return r.Enum<MeetingStatus>("status", required) is { } status ? [new StatusReport { Status = status }] : [];
    }

    private static ImmutableSortedDictionary<string, string> Attributes(MapReader r)
    {
        var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (r.Mapping("attributes") is { } map)
        {
            foreach (var (key, value) in map.Entries)
            {
                if (value is DocScalar scalar)
                {
                    attributes[key.Value] = scalar.Value;
                }
                else
                {
                    r.Error($"Attribute '{key.Value}' must be a value, not {value.Describe}.", $"attributes.{key.Value}", value.Location);
                }
            }
        }

        return attributes.ToImmutable();
    }

    private static ImmutableArray<EntityKind> Kinds(MapReader r, string key) =>
    [
        .. r.Texts(key).Select(text => EnumText.TryParse<EntityKind>(text, out var kind, out var error) ? (EntityKind?)kind : Report(r, key, error)).OfType<EntityKind>(),
    ];

    private static EntityKind? Report(MapReader r, string key, string error)
    {
        r.Error(error, key, r.Node(key)?.Location);
        return null;
    }

    private static bool TryBool(string text, out bool value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        error = bool.TryParse(text, out value) ? null : $"'{text}' is not true or false.";
        return error is null;
    }
}
