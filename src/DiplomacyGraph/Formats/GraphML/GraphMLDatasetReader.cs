using System.Collections.Immutable;
using DiplomacyGraph.Formats.Document;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Network;
using DiplomacyGraph.Model;
using N = DiplomacyGraph.Formats.Network.NetworkAttributes;

namespace DiplomacyGraph.Formats.GraphML;

/// <summary>
/// Reads back a GraphML file that <see cref="GraphMLGraphWriter"/> wrote with its default options: every field of
/// every entity and relation, every citation, the sources and extension relation types. Collects every problem,
/// then builds (or throws them all) through <see cref="GraphBuilder"/>.
/// </summary>
internal sealed class GraphMLDatasetReader(GraphMLDocument document)
{
    private readonly ErrorList errors = new();

    public DiplomaticGraph Read(Func<string, SourceFileText>? sourceFile)
    {
        var header = SourcesAndTypes(sourceFile);
        var builder = GraphBuilder.Of(header.ExtensionTypes, header.Sources, [], []);

        foreach (var node in document.Nodes)
        {
            var values = document.Values(node, "node");
            builder.AddEntity(Entity(node, values), Located(node, values));
        }

        foreach (var edge in document.Edges)
        {
            var values = document.Values(edge, "edge");
            builder.AddRelation(Relation(edge, values), Located(edge, values));
        }

        builder.AddErrors(errors);
        // The sources' files were checked (located errors) while reading the embedded sources; each is read once.
        builder.SourceText = source => source.File is { } file && sourceFile is not null ? sourceFile(file).Text : null;
        return builder.Build();
    }

    private DiplomaticGraph SourcesAndTypes(Func<string, SourceFileText>? sourceFile)
    {
        var json = document.GraphData.FirstOrDefault(d => document.Keys.TryGetValue(d.Key, out var k) && k.Name == GraphMLNames.SourcesAndTypes);
        if (json is null)
        {
            errors.Add(new GraphError($"The graph has no '{GraphMLNames.SourcesAndTypes}' data, so its citations name no known source.", new TextLocation(document.Name, 1, 1), GraphMLNames.SourcesAndTypes));
            return DiplomaticGraph.Empty;
        }

        return JsonGraphReader.Parse(json.Value, $"{document.Name} ({GraphMLNames.SourcesAndTypes} at line {json.Location.Line})", new GraphReaderOptions { SourceReader = sourceFile });
    }

    private Entity Entity(GraphMLElement node, GraphMLValues values)
    {
        var id = node.Id ?? string.Empty;
        var kind = Enum<EntityKind>(values, N.Kind, id, node.Location) ?? EntityKind.Person;
        return new Entity
        {
            Id = id,
            Kind = kind,
            Name = Text(values, N.Label) ?? string.Empty,
            Aliases = [.. List(values, N.Aliases)],
            Attributes = Attributes(values, id),
            Basis = Enum<Basis>(values, N.Basis, id, missing: null) ?? Basis.Stated,
            Note = Text(values, N.Note),
            Citations = Citations(values, id),
            Meeting = kind == EntityKind.Meeting ? Meeting(values, id) : null,
            Statement = kind == EntityKind.Statement ? Statement(values, id, node.Location) : null,
        };
    }

    private StatementDetails Statement(GraphMLValues values, string id, TextLocation at) => new()
    {
        Act = Enum<StatementAct>(values, N.Act, id, at) ?? StatementAct.Comment,
        Speech = Enum<SpeechMode>(values, N.Speech, id, at) ?? SpeechMode.Reported,
        Time = Time(values, id),
        Topics = [.. List(values, N.Topics)],
    };

    private MeetingDetails Meeting(GraphMLValues values, string id) => new()
    {
        Time = Time(values, id),
        Statuses = [.. List(values, N.StatusReports).Select(report => StatusReport(report, values[N.StatusReports], id))],
        Topics = [.. List(values, N.Topics)],
    };

    private StatusReport StatusReport(string report, GraphMLData at, string id)
    {
        var parts = ListText.Split(report);
        if (!EnumText.TryParse<MeetingStatus>(parts.FirstOrDefault() ?? string.Empty, out var status, out var error))
        {
            errors.Add(new GraphError(error, at.Location, N.StatusReports, id));
        }

        return new StatusReport { Status = status, Citations = Pairs(parts.Skip(1).ToList(), at, id) };
    }

    private Relation Relation(GraphMLElement edge, GraphMLValues values)
    {
        var id = edge.Id ?? string.Empty;
        if (edge.Id is null)
        {
            errors.Add(new GraphError("The edge has no id; every relation needs one.", edge.Location, "id"));
        }

        return new Relation
        {
            Id = id,
            Type = Text(values, N.Relation) ?? string.Empty,
            From = edge.Source ?? string.Empty,
            To = edge.Target ?? string.Empty,
            Time = Time(values, id),
            Role = Item(values, N.Role),
            Assertion = Enum<Assertion>(values, N.Assertion, id, missing: null) ?? Assertion.Stated,
            ClaimedBy = Item(values, N.ClaimedBy),
            Attributes = Attributes(values, id),
            Basis = Enum<Basis>(values, N.Basis, id, missing: null) ?? Basis.Stated,
            Note = Item(values, N.Note),
            Citations = Citations(values, id),
        };
    }

    private DateRange Time(GraphMLValues values, string id)
    {
        if (!values.TryGetValue(N.Date, out var date))
        {
            return DateRange.Unknown;
        }

        if (DateRange.TryParse(date.Value, out var range, out var error))
        {
            return range;
        }

        errors.Add(new GraphError(error, date.Location, N.Date, id));
        return DateRange.Unknown;
    }

    private ImmutableSortedDictionary<string, string> Attributes(GraphMLValues values, string id)
    {
        var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var item in List(values, N.Attributes))
        {
            if (ListText.TrySplitPair(item, out var key, out var value))
            {
                attributes[key] = value;
            }
            else
            {
                errors.Add(new GraphError($"'{item}' is not key=value.", values[N.Attributes].Location, N.Attributes, id));
            }
        }

        return attributes.ToImmutable();
    }

    /// <summary>
    /// The citations: <c>sources</c>, and parallel to it <c>quotes</c> and (when any citation is a record) <c>records</c>,
    /// whose item is <c>dataset=record</c> for a record citation and empty for a quote.
    /// </summary>
    private ImmutableArray<Citation> Citations(GraphMLValues values, string id)
    {
        var sources = List(values, N.Sources);
        var quotes = Parallel(values, N.Quotes, sources.Count);
        var records = values.ContainsKey(N.Records) ? Parallel(values, N.Records, sources.Count) : null;
        if (sources.Count != quotes.Count)
        {
            var at = values.GetValueOrDefault(N.Quotes) ?? values[N.Sources];
            errors.Add(new GraphError($"{sources.Count} sources but {quotes.Count} quotes: each citation needs both.", at.Location, N.Quotes, id));
        }

        if (records is not null && records.Count != sources.Count)
        {
            errors.Add(new GraphError($"{sources.Count} sources but {records.Count} records: write one item per citation, empty for a quote.", values[N.Records].Location, N.Records, id));
        }

        var citations = ImmutableArray.CreateBuilder<Citation>(Math.Min(sources.Count, quotes.Count));
        for (var i = 0; i < sources.Count && i < quotes.Count; i++)
        {
            if (records is not null && i < records.Count && records[i].Length > 0)
            {
                if (!ListText.TrySplitPair(records[i], out var dataset, out var record))
                {
                    errors.Add(new GraphError($"'{records[i]}' is not dataset=record.", values[N.Records].Location, N.Records, id));
                }

                citations.Add(new RecordCitation(sources[i], dataset, record));
            }
            else
            {
                citations.Add(new QuoteCitation(sources[i], quotes[i]));
            }
        }

        return citations.ToImmutable();
    }

    /// <summary>A list parallel to <paramref name="count"/> sources: an empty value beside one source is one empty item.</summary>
    private static List<string> Parallel(GraphMLValues values, string name, int count) =>
        values.TryGetValue(name, out var data) && data.Value.Length == 0 && count == 1 ? [string.Empty] : List(values, name);

    private ImmutableArray<Citation> Pairs(List<string> parts, GraphMLData at, string id)
    {
        if (parts.Count % 2 != 0)
        {
            errors.Add(new GraphError("A status report lists a source without its quote.", at.Location, N.StatusReports, id));
        }

        return [.. parts.Chunk(2).Where(p => p.Length == 2).Select(p => (Citation)new QuoteCitation(p[0], p[1]))];
    }

    /// <summary>An enum column; when it is absent, an error at <paramref name="missing"/> unless that is null (optional column).</summary>
    private TEnum? Enum<TEnum>(GraphMLValues values, string name, string id, TextLocation? missing)
        where TEnum : struct, Enum
    {
        if (!values.TryGetValue(name, out var data))
        {
            if (missing is not null)
            {
                errors.Add(new GraphError($"'{name}' is required.", missing, name, id));
            }

            return null;
        }

        if (EnumText.TryParse<TEnum>(data.Value, out var value, out var error))
        {
            return value;
        }

        errors.Add(new GraphError(error, data.Location, name, id));
        return null;
    }

    private static string? Text(GraphMLValues values, string name) => values.GetValueOrDefault(name)?.Value;

    /// <summary>
    /// An edge value the writer lists (one item per relation, <see cref="ListText"/>-escaped): a dataset edge holds
    /// one relation, so one item, unescaped (a role with <c>|</c> or <c>\</c> otherwise came back with backslashes).
    /// </summary>
    private static string? Item(GraphMLValues values, string name) =>
        Text(values, name) is { } text && ListText.Split(text) is [var only] ? only : Text(values, name);

    private static List<string> List(GraphMLValues values, string name) =>
        values.TryGetValue(name, out var data) ? ListText.Split(data.Value) : [];

    /// <summary>Where each dataset field of the element was written, so validation errors point into the GraphML.</summary>
    private static ElementLocation Located(GraphMLElement element, GraphMLValues values)
    {
        var fields = new Dictionary<string, TextLocation>(StringComparer.Ordinal);
        void Map(string field, string column)
        {
            if (values.TryGetValue(column, out var data))
            {
                fields[field] = data.Location;
            }
        }

        Map("name", N.Label);
        Map("kind", N.Kind);
        Map("aliases", N.Aliases);
        Map("attributes", N.Attributes);
        Map("citations", N.Quotes);
        Map("time", N.Date);
        Map("status", N.StatusReports);
        Map("topics", N.Topics);
        Map("type", N.Relation);
        Map("role", N.Role);
        Map("assertion", N.Assertion);
        Map("claimedBy", N.ClaimedBy);
        Map("act", N.Act);
        Map("speech", N.Speech);
        Map("basis", N.Basis);
        Map("note", N.Note);
        return new ElementLocation(element.Location, fields);
    }
}
