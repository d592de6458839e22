using System.Xml;
using DiplomacyGraph.Formats.Export;

namespace DiplomacyGraph.Formats.GraphML;

/// <summary>
/// Writes a graph as GraphML for Gephi, NetworkX, igraph and yEd: one typed <c>&lt;key&gt;</c> per column
/// (docs/formats.md), a <c>label</c> on every node and edge, every relation an edge with its own id, dates as
/// ISO text and as day numbers, citations as text joined by <c> | </c>. With the default options the file
/// also carries the sources and extension relation types, and <see cref="GraphMLGraphReader"/> reads it back
/// to an equal graph.
/// </summary>
/// <example>
/// Write the seeds for Gephi, then read the file back:
/// <code>
/// var graph = Seeds.Load();
/// File.WriteAllText("seeds.graphml", GraphMLGraphWriter.WriteToString(graph));
/// DiplomaticGraph again = GraphMLGraphReader.Load("seeds.graphml");
///
/// // One weighted edge per pair, meetings folded into co-attended edges:
/// var view = new GraphMLWriterOptions { AggregateParallelRelations = true, IncludeMeetings = false };
/// File.WriteAllText("seeds-people.graphml", GraphMLGraphWriter.WriteToString(graph, view));
/// </code>
/// In Python: <c>networkx.read_graphml("seeds.graphml")</c> or <c>igraph.Graph.Read_GraphML("seeds.graphml")</c>.
/// </example>
public sealed class GraphMLGraphWriter : IGraphWriter
{
    private GraphMLGraphWriter()
    {
    }

    private static readonly string[] FileExtensions = [".graphml"];

    /// <summary>The writer as an <see cref="IGraphWriter"/> with its default options, as <see cref="GraphFormats"/> lists it.</summary>
    internal static GraphMLGraphWriter Instance { get; } = new();

    /// <inheritdoc/>
    IReadOnlyList<string> IGraphWriter.Extensions => FileExtensions;

    /// <summary>Writes the graph as GraphML.</summary>
    /// <param name="graph">The graph (a slice such as an as-of view is exported as it is).</param>
    /// <param name="writer">Where to write; the XML declaration says UTF-8.</param>
    /// <param name="options">Aggregation and meetings; <see cref="GraphMLWriterOptions.Default"/> when null.</param>
    public static void Write(DiplomaticGraph graph, TextWriter writer, GraphMLWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= GraphMLWriterOptions.Default;
        var view = ExportProjection.Create(graph, options);
        using var xml = ExportXml.Create(writer);
        xml.WriteStartElement("graphml", GraphMLNames.Namespace);
        WriteKeys(xml, options);
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        WriteGraphData(xml, graph, options);
        foreach (var node in view.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", node.Entity.Id);
            Data(xml, "node", ExportColumns.Label, node.Entity.Name);
            WriteColumns(xml, "node", ExportColumns.Node, node);
            xml.WriteEndElement();
        }

        foreach (var edge in view.Edges)
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", edge.Id);
            xml.WriteAttributeString("source", edge.From);
            xml.WriteAttributeString("target", edge.To);
            Data(xml, "edge", ExportColumns.Label, string.Join(ListEncoding.Separator, edge.Types));
            WriteColumns(xml, "edge", ExportColumns.Edge, edge);
            if (options.AggregateParallelRelations)
            {
                Data(xml, "edge", ExportColumns.Weight, edge.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The graph as GraphML text.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Aggregation and meetings; <see cref="GraphMLWriterOptions.Default"/> when null.</param>
    public static string WriteToString(DiplomaticGraph graph, GraphMLWriterOptions? options = null) =>
        WrittenText.Of(w => Write(graph, w, options));

    private static void WriteKeys(XmlWriter xml, GraphMLWriterOptions options)
    {
        Key(xml, "graph", GraphMLNames.Format, ExportValueType.String);
        Key(xml, "graph", GraphMLNames.Version, ExportValueType.String);
        Key(xml, "graph", GraphMLNames.View, ExportValueType.String);
        if (options.IsLossless)
        {
            foreach (var field in GraphMLNames.SourceFields)
            {
                Key(xml, "graph", GraphMLNames.SourcePrefix + field, ExportValueType.String);
            }

            foreach (var field in GraphMLNames.TypeFields)
            {
                Key(xml, "graph", GraphMLNames.TypePrefix + field, ExportValueType.String);
            }
        }

        Key(xml, "node", ExportColumns.Label, ExportValueType.String);
        foreach (var column in ExportColumns.Node)
        {
            Key(xml, "node", column.Name, column.Type);
        }

        Key(xml, "edge", ExportColumns.Label, ExportValueType.String);
        foreach (var column in ExportColumns.Edge)
        {
            Key(xml, "edge", column.Name, column.Type);
        }

        if (options.AggregateParallelRelations)
        {
            Key(xml, "edge", ExportColumns.Weight, ExportValueType.Double);
        }
    }

    private static void WriteGraphData(XmlWriter xml, DiplomaticGraph graph, GraphMLWriterOptions options)
    {
        Data(xml, "graph", GraphMLNames.Format, Document.DatasetWriter.FormatName);
        Data(xml, "graph", GraphMLNames.Version, "1");
        Data(xml, "graph", GraphMLNames.View, View(options));
        if (options.IsLossless)
        {
            Columns(xml, GraphMLNames.SourcePrefix, GraphMLNames.SourceFields, graph.Sources, SourceField);
            Columns(xml, GraphMLNames.TypePrefix, GraphMLNames.TypeFields, graph.ExtensionTypes, TypeField);
        }
    }

    /// <summary>One graph-level list per field, one item per element; a field no element has is left out.</summary>
    private static void Columns<T>(XmlWriter xml, string prefix, string[] fields, IReadOnlyList<T> elements, Func<T, string, string?> value)
    {
        foreach (var field in fields)
        {
            var items = elements.Select(e => value(e, field)).ToList();
            if (items.Any(i => i is not null))
            {
                Data(xml, "graph", prefix + field, ListEncoding.Join(items.Select(i => i ?? string.Empty)));
            }
        }
    }

    private static string? SourceField(Model.Source source, string field) => field switch
    {
        "id" => source.Id,
        "title" => source.Title,
        "url" => source.Url,
        "outlet" => source.Outlet,
        "author" => source.Author,
        "published" => source.Published.IsUnknown ? null : source.Published.ToString(),
        "retrieved" => source.Retrieved.IsUnknown ? null : source.Retrieved.ToString(),
        "language" => source.Language,
        _ => source.File,
    };

    private static string? TypeField(Model.RelationType type, string field) => field switch
    {
        "name" => type.Name,
        "directed" => type.Directed ? "true" : "false",
        "from" => type.FromKinds.IsEmpty ? null : string.Join(' ', type.FromKinds),
        "to" => type.ToKinds.IsEmpty ? null : string.Join(' ', type.ToKinds),
        _ => type.Description.Length == 0 ? null : type.Description,
    };

    private static string View(GraphMLWriterOptions options) => (options.AggregateParallelRelations, options.IncludeMeetings) switch
    {
        (false, true) => GraphMLNames.DatasetView,
        (true, true) => GraphMLNames.AggregatedView,
        (false, false) => GraphMLNames.WithoutMeetingsView,
        (true, false) => $"{GraphMLNames.AggregatedView} {GraphMLNames.WithoutMeetingsView}",
    };

    private static void WriteColumns<T>(XmlWriter xml, string domain, IEnumerable<ExportColumn<T>> columns, T element)
    {
        foreach (var column in columns)
        {
            if (column.Value(element) is { } value)
            {
                Data(xml, domain, column.Name, value);
            }
        }
    }

    private static void Key(XmlWriter xml, string domain, string name, ExportValueType type)
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", GraphMLNames.KeyId(domain, name));
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type.XmlName());
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string domain, string name, string value)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", GraphMLNames.KeyId(domain, name));
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    void IGraphWriter.Write(DiplomaticGraph graph, TextWriter writer) => Write(graph, writer);
}
