using System.Globalization;
using System.Xml;
using DiplomacyGraph.Formats.Export;

namespace DiplomacyGraph.Formats.Gexf;

/// <summary>
/// Writes a graph as GEXF for Gephi: version 1.3 by default, dynamic (<c>mode="dynamic"</c>,
/// <c>timeformat="date"</c>), so that Gephi's timeline plays the history. Each edge spans its relation's
/// interval of certainty (an open end is left open), each meeting and statement node carries its date as a spell, every
/// other node is present throughout. The same typed columns as the GraphML export are declared as
/// <c>&lt;attributes&gt;</c>, and nodes are coloured by entity kind. GEXF 1.2draft is written on request.
/// </summary>
/// <example>
/// Write the seeds for Gephi's timeline, and a 1.2draft file for NetworkX:
/// <code>
/// File.WriteAllText("seeds.gexf", GexfGraphWriter.WriteToString(Seeds.Load()));
/// File.WriteAllText("seeds-1.2.gexf", GexfGraphWriter.WriteToString(Seeds.Load(), new GexfWriterOptions { Version = GexfVersion.V1_2Draft }));
/// </code>
/// In Python: <c>networkx.read_gexf("seeds-1.2.gexf", version="1.2draft")</c>.
/// </example>
public sealed class GexfGraphWriter : IGraphWriter
{
    private GexfGraphWriter()
    {
    }

    private static readonly string[] FileExtensions = [".gexf"];

    /// <summary>The writer as an <see cref="IGraphWriter"/> with its default options, as <see cref="GraphFormats"/> lists it.</summary>
    internal static GexfGraphWriter Instance { get; } = new();

    /// <inheritdoc/>
    IReadOnlyList<string> IGraphWriter.Extensions => FileExtensions;

    /// <summary>Writes the graph as GEXF.</summary>
    /// <param name="graph">The graph (a slice such as an as-of view is exported as it is).</param>
    /// <param name="writer">Where to write; the XML declaration says UTF-8.</param>
    /// <param name="options">Version, aggregation and meetings; <see cref="GexfWriterOptions.Default"/> when null.</param>
    public static void Write(DiplomaticGraph graph, TextWriter writer, GexfWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= GexfWriterOptions.Default;
        var view = ExportProjection.Create(graph, options);
        var v13 = options.Version == GexfVersion.V1_3;
        using var xml = ExportXml.Create(writer);
        xml.WriteStartElement("gexf", v13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft");
        xml.WriteAttributeString("version", v13 ? "1.3" : "1.2");
        xml.WriteStartElement("meta");
        xml.WriteElementString("creator", "DiplomacyGraph");
        xml.WriteElementString("description", "Entities and dated, sourced relations; each edge spans its relation's time.");
        xml.WriteEndElement();
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("timeformat", "date");
        Declare(xml, "node", ExportColumns.Node);
        Declare(xml, "edge", ExportColumns.Edge);
        xml.WriteStartElement("nodes");
        xml.WriteAttributeString("count", Number(view.Nodes.Length));
        foreach (var node in view.Nodes)
        {
            WriteNode(xml, node);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges");
        xml.WriteAttributeString("count", Number(view.Edges.Length));
        foreach (var edge in view.Edges)
        {
            WriteEdge(xml, edge, v13, options.AggregateParallelRelations);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The graph as GEXF text.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Version, aggregation and meetings; <see cref="GexfWriterOptions.Default"/> when null.</param>
    public static string WriteToString(DiplomaticGraph graph, GexfWriterOptions? options = null) =>
        WrittenText.Of(w => Write(graph, w, options));

    private static void WriteNode(XmlWriter xml, ExportNode node)
    {
        xml.WriteStartElement("node");
        xml.WriteAttributeString("id", node.Entity.Id);
        xml.WriteAttributeString("label", node.Entity.Name);
        Values(xml, ExportColumns.Node, node);
        if (node.IsDated && !node.Entity.Time.IsUnknown)
        {
            xml.WriteStartElement("spells");
            xml.WriteStartElement("spell");
            Interval(xml, node.Start, node.End);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        // The official XSDs declare <color> in the GEXF namespace itself (not in the viz namespace); Gephi reads it by local name.
        var (r, g, b) = KindColors.Of(node.Entity.Kind);
        xml.WriteStartElement("color");
        xml.WriteAttributeString("r", Number(r));
        xml.WriteAttributeString("g", Number(g));
        xml.WriteAttributeString("b", Number(b));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, ExportEdge edge, bool v13, bool weighted)
    {
        xml.WriteStartElement("edge");
        xml.WriteAttributeString("id", edge.Id);
        xml.WriteAttributeString("source", edge.From);
        xml.WriteAttributeString("target", edge.To);
        var label = string.Join(ListEncoding.Separator, edge.Types);
        xml.WriteAttributeString("label", label);
        if (v13)
        {
            // Gephi keeps parallel edges of different kinds apart, so one pair's relations of different types survive import.
            xml.WriteAttributeString("kind", label);
        }

        if (weighted)
        {
            xml.WriteAttributeString("weight", Number(edge.Weight));
        }

        Interval(xml, edge.Start, edge.End);
        Values(xml, ExportColumns.Edge, edge);
        xml.WriteEndElement();
    }

    /// <summary>Writes <c>start</c> and <c>end</c>, leaving out an open end (Gephi then reads it as unbounded).</summary>
    private static void Interval(XmlWriter xml, DateOnly? start, DateOnly? end)
    {
        if (ExportColumns.Iso(start) is { } s)
        {
            xml.WriteAttributeString("start", s);
        }

        if (ExportColumns.Iso(end) is { } e)
        {
            xml.WriteAttributeString("end", e);
        }
    }

    private static void Declare<T>(XmlWriter xml, string domain, IEnumerable<ExportColumn<T>> columns)
    {
        xml.WriteStartElement("attributes");
        xml.WriteAttributeString("class", domain);
        xml.WriteAttributeString("mode", "static");
        foreach (var column in columns)
        {
            xml.WriteStartElement("attribute");
            xml.WriteAttributeString("id", column.Name);
            xml.WriteAttributeString("title", column.Name);
            xml.WriteAttributeString("type", column.Type.XmlName());
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Values<T>(XmlWriter xml, IEnumerable<ExportColumn<T>> columns, T element)
    {
        var values = columns.Select(c => (c.Name, Value: c.Value(element))).Where(c => c.Value is not null).ToList();
        if (values.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("attvalues");
        foreach (var (name, value) in values)
        {
            xml.WriteStartElement("attvalue");
            xml.WriteAttributeString("for", name);
            xml.WriteAttributeString("value", value);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    void IGraphWriter.Write(DiplomaticGraph graph, TextWriter writer) => Write(graph, writer);
}
