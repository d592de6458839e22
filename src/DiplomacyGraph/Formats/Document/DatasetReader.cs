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
    private static readonly string[] Sections = ["relationTypes", "sources", "entities", "relations"];
    private static readonly string[] TypeFields = ["name", "directed", "from", "to", "description"];
    private static readonly string[] SourceFields = ["id", "title", "url", "outlet", "author", "published", "retrieved", "language", "file"];
    private static readonly string[] EntityFields = ["id", "kind", "name", "aliases", "attributes", "basis", "note", "citations", "time", "status", "act", "speech", "topics"];
    private static readonly string[] RelationFields = ["id", "type", "from", "to", "time", "role", "assertion", "claimedBy", "attributes", "basis", "note", "citations"];
    private static readonly string[] CitationFields = ["source", "quote", "dataset", "record"];
    private static readonly string[] StatusFields = ["status", "citations"];

    private readonly ErrorList errors = new();
    private readonly GraphBuilder builder = new();
    private readonly ValueInterner shared = new();
    private readonly Dictionary<string, string> sourceTexts = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads one document from its parser's events, section by section and element by element: each element is
    /// buffered alone (<see cref="ElementBuffer"/>), mapped and dropped. <paramref name="sourceFile"/> gives a source
    /// file's text by its path relative to the document, or why there is none (an error on the source's <c>file</c>);
    /// without it, quotes are not checked.
    /// </summary>
    public void Read(DocumentEvents events, GraphReaderOptions options, Func<string, SourceFileText>? sourceFile)
    {
        try
        {
            ReadRoot(events, options, sourceFile);
        }
        catch (Exception e) when (events.SyntaxError(e) is not null)
        {
            throw events.SyntaxError(e)!;
        }
    }

    private void ReadRoot(DocumentEvents events, GraphReaderOptions options, Func<string, SourceFileText>? sourceFile)
    {
        if (!events.Begin())
        {
            return;
        }

        ElementBuffer.Enter(events, 1, options);
        if (events.Event != DocumentEvent.MappingStart)
        {
            var root = ElementBuffer.Read(events, 1, options);
            events.End();
            if (root is not DocumentScalar { Value.Length: 0 })
            {
                errors.Add(new GraphError($"A dataset must be a mapping with sections {string.Join(", ", RootFields)}; found {root.Describe}.", root.Location ?? new FilePosition(events.Name, 1, 1)));
            }

            return;
        }

        // The root keeps its plain fields (format, version, unknown keys); each section is mapped as it streams by.
        var (line, column) = (events.Line, events.Column);
        var fields = new List<KeyValuePair<DocumentScalar, DocumentNode>>();
        HashSet<string>? keys = null;
        events.Next();
        while (events.Event != DocumentEvent.MappingEnd)
        {
            var key = ElementBuffer.Key(events, 2, options, line, column);
            if (DuplicateKeys.IsDuplicate(fields, key.Value, ref keys))
            {
                throw ElementBuffer.Duplicate(events, key);
            }

            var section = Array.IndexOf(Sections, key.Value) >= 0;
            fields.Add(new(key, section ? new DocumentScalar(string.Empty, key.Location) : ElementBuffer.Read(events, 2, options)));
            if (section)
            {
                ReadSection(events, key.Value, options, sourceFile);
            }
        }

        events.Next();
        events.End();
        var doc = new MapReader(new DocumentMapping(fields, events.Name, line, column), string.Empty, errors);
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

        foreach (var section in Sections)
        {
            doc.Node(section);
        }

        doc.Done(RootFields);
    }

    /// <summary>Maps a section's elements one at a time: only the current element is ever held.</summary>
    private void ReadSection(DocumentEvents events, string key, GraphReaderOptions options, Func<string, SourceFileText>? sourceFile)
    {
        ElementBuffer.Enter(events, 2, options);
        if (events.Event != DocumentEvent.SequenceStart)
        {
            var value = ElementBuffer.Read(events, 2, options);
            if (value is not DocumentScalar { Value.Length: 0 })
            {
                errors.Add(new GraphError($"'{key}' must be a list, not {value.Describe}.", value.Location, key));
            }

            return;
        }

        events.Next();
        for (var i = 0; events.Event != DocumentEvent.SequenceEnd; i++)
        {
            var item = ElementBuffer.Read(events, 3, options);
            if (item is not DocumentMapping element)
            {
                var path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{key}[{i}]");
                errors.Add(new GraphError($"'{path}' must be a mapping, not {item.Describe}.", item.Location, path));
                continue;
            }

            ReadElement(key, element, sourceFile);
        }

        events.Next();
    }

    /// <summary>
    /// Maps one element of a section (<c>relationTypes</c>, <c>sources</c>, <c>entities</c>, <c>relations</c>) that a
    /// reader buffered from its own syntax (GraphML columns), by the same per-element rules as YAML and JSON.
    /// </summary>
    public void ReadElement(string section, DocumentMapping element, Func<string, SourceFileText>? sourceFile)
    {
        var r = new MapReader(element, string.Empty, errors) { ElementId = IdOf(element, section == "relationTypes" ? "name" : "id") };
        switch (section)
        {
            case "relationTypes":
                ReadType(r);
                break;
            case "sources":
                ReadSource(r, sourceFile);
                break;
            case "entities":
                ReadEntity(r);
                break;
            default:
                ReadRelation(r);
                break;
        }
    }

    private static string? IdOf(DocumentMapping element, string key)
    {
        foreach (var (name, value) in element.Entries)
        {
            if (name.Value == key)
            {
                return value is DocumentScalar { Value.Length: > 0 } id ? id.Value : null;
            }
        }

        return null;
    }

    /// <summary>The builder the documents are mapped onto (event files are mapped onto it after them).</summary>
    public GraphBuilder Builder => builder;

    /// <summary>Records a problem a syntax's reader found in an element's shape before mapping it.</summary>
    public void AddError(GraphError error) => errors.Add(error);

    /// <summary>Validates everything read and returns the graph, or throws every problem at once.</summary>
    public DiplomaticGraph Build()
    {
        builder.AddErrors(errors);

        builder.SourceText = source => sourceTexts.GetValueOrDefault(source.Id);
        builder.ReleaseOnBuild = true;
        shared.Clear();
        return builder.Build();
    }

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
        builder.AddRelationType(type, r.ElementPositions());
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
            Url = r.Text("url"),
            Retrieved = r.Parse<DateRange>("retrieved", DateRange.TryParse) ?? DateRange.Unknown,
            Language = r.Text("language"),
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

        builder.AddSource(source, r.ElementPositions());
    }

    private void ReadEntity(MapReader r)
    {
        var kind = r.Enum<EntityKind>("kind", required: true);
        var id = shared.Text(r.Text("id", required: true) ?? string.Empty);
        MeetingDetails? meeting = null;
        StatementDetails? statement = null;
        switch (kind)
        {
            case EntityKind.Meeting:
                var time = r.Parse<DateRange>("time", DateRange.TryParse, required: true) ?? DateRange.Unknown;
                var statuses = Statuses(r, required: true);
                var topics = r.Texts("topics");
                if (statuses.IsEmpty && r.Node("status") is DocumentSequence { Items.Count: 0 } none)
                {
                    r.Error("'status' lists no report: give Planned, Held, Delayed or Cancelled.", "status", none.Location, id);
                }

                // A missing status is reported above; the placeholder only keeps follow-up errors away (relations to the
                // meeting still take its time), and the load fails on the reported error.
                meeting = new MeetingDetails { Time = time, Statuses = statuses.IsEmpty ? [new StatusReport { Status = MeetingStatus.Planned }] : statuses, Topics = [.. topics] };
                Refuse(r, id, kind.Value, "Statement", "act", "speech");
                break;
            case EntityKind.Statement:
                statement = new StatementDetails
                {
                    // A missing act or speech is reported here; the placeholder only keeps follow-up errors away.
                    Act = r.Enum<StatementAct>("act", required: true) ?? StatementAct.Comment,
                    Speech = r.Enum<SpeechMode>("speech", required: true) ?? SpeechMode.Reported,
                    Time = r.Parse<DateRange>("time", DateRange.TryParse, required: true) ?? DateRange.Unknown,
                    Topics = [.. r.Texts("topics")],
                };
                Refuse(r, id, kind.Value, "Meeting", "status");
                break;
            case { } other:
                Refuse(r, id, other, "Meeting or Statement", "time", "topics");
                Refuse(r, id, other, "Meeting", "status");
                Refuse(r, id, other, "Statement", "act", "speech");
                break;
            case null:
                // The kind is reported; its fields are not also reported as unknown.
                Array.ForEach(["time", "status", "topics", "act", "speech"], key => r.Node(key));
                break;
        }

        var entity = new Entity
        {
            Id = id,
            Kind = kind ?? EntityKind.Person,
            Name = r.Text("name", required: true) ?? string.Empty,
            Aliases = [.. r.Texts("aliases")],
            Attributes = Attributes(r),
            Basis = r.Enum<Basis>("basis") ?? Basis.Stated,
            Note = r.Text("note"),
            Citations = Citations(r, "citations"),
            Meeting = meeting,
            Statement = statement,
        };
        r.Done(EntityFields);
        if (kind is null)
        {
            // Reported; adding it as some other kind would only cause misleading follow-up errors. Its id stays
            // known, so references to it are not reported as unknown too.
            builder.AddReported(id);
            return;
        }

        builder.AddEntity(entity, r.ElementPositions());
    }

    /// <summary>Reports each of <paramref name="keys"/> that is written on an entity whose kind does not have it.</summary>
    private static void Refuse(MapReader r, string id, EntityKind kind, string owner, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (r.Node(key) is { } node)
            {
                r.Error($"Only a {owner} has '{key}'; '{id}' is a {kind}.", key, node.Location, id);
            }
        }
    }

    private void ReadRelation(MapReader r)
    {
        var id = r.Text("id", required: true) ?? string.Empty;
        var type = shared.Text(r.Text("type", required: true) ?? string.Empty);
        var from = shared.Text(r.Text("from", required: true) ?? string.Empty);
        var to = shared.Text(r.Text("to", required: true) ?? string.Empty);
        var time = r.Parse<DateRange>("time", DateRange.TryParse);
        var timeWritten = r.Node("time") is DocumentScalar { Value.Length: > 0 };
        var role = shared.Optional(r.Text("role"));
        var relation = new Relation
        {
            Id = id, Type = type, From = from, To = to, Time = time ?? DateRange.Unknown, Role = role,
            Assertion = r.Enum<Assertion>("assertion") ?? Assertion.Stated,
            ClaimedBy = shared.Optional(r.Text("claimedBy")),
            Attributes = Attributes(r),
            Basis = r.Enum<Basis>("basis") ?? Basis.Stated,
            Note = r.Text("note"),
            Citations = Citations(r, "citations"),
        };
        r.Done(RelationFields);
        if (timeWritten)
        {
            builder.AddRelation(relation, r.ElementPositions());
        }
        else
        {
            builder.AddUntimedRelation(relation, r.ElementPositions());
        }
    }

    private ImmutableArray<Citation> Citations(MapReader r, string key)
    {
        // Straight into an array of the list's length (no enumerator, no growing buffer); shorter only when an item
        // is not a mapping (reported).
        if (r.Node(key) is not DocumentSequence { Items.Count: > 0 } list)
        {
            r.Items(key); // reports a value that is not a list
            return [];
        }

        var citations = ImmutableArray.CreateBuilder<Citation>(list.Items.Count);
        foreach (var c in r.Mappings(key))
        {
            citations.Add(Citation(c));
            c.Done(CitationFields);
        }

        return citations.Count == citations.Capacity ? citations.MoveToImmutable() : citations.ToImmutable();
    }

    /// <summary>A quote <c>{ source, quote }</c> or a record <c>{ source, dataset, record }</c>, never both.</summary>
    private Citation Citation(MapReader c)
    {
        var source = c.Text("source", required: true) ?? string.Empty;
        var isRecord = c.Node("dataset") is not null || c.Node("record") is not null;
        if (!isRecord)
        {
            return shared.Citation(source, c.Text("quote", required: true) ?? string.Empty);
        }

        if (c.Node("quote") is { } quote)
        {
            c.Error("A citation is either a quote or a record (dataset and record), not both.", "quote", quote.Location);
        }

        return shared.Record(source, c.Text("dataset", required: true) ?? string.Empty, c.Text("record", required: true) ?? string.Empty);
    }

    private ImmutableArray<StatusReport> Statuses(MapReader r, bool required)
    {
        var node = r.Node("status");
        if (node is DocumentSequence)
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
        if (r.Mapping("attributes") is not { Entries.Count: > 0 } map)
        {
            return ImmutableSortedDictionary<string, string>.Empty;
        }

        var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        {
            foreach (var (key, value) in map.Entries)
            {
                if (value is DocumentScalar scalar)
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
