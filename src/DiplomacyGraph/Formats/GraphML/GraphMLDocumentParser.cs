using System.Text;
using System.Xml;
using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.GraphML;

/// <summary>
/// Parses GraphML text into a <see cref="GraphMLDocument"/> with a hardened <see cref="XmlReader"/>: DTDs
/// prohibited (so no entity is ever expanded or fetched), no resolver, size and depth capped by
/// <see cref="GraphReaderOptions"/>. Every failure is a <see cref="GraphFormatException"/> with line and column.
/// </summary>
internal static class GraphMLDocumentParser
{
    public static GraphMLDocument Parse(string text, string name, GraphReaderOptions options)
    {
        DocLimits.CheckSize(text.Length, name, options);
        AttributeLimit.Check(text, name);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.MaxDocumentSize,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return new Walker(reader, name, text, options).Document();
        }
        catch (XmlException e)
        {
            // The reader refuses a DTD without saying where; the prolog says whether that is what happened, and where.
            if (TextOffsets.DoctypeOffset(text) is { } doctype)
            {
                var (line, column) = new TextLines(text).LineAndColumn(doctype);
                throw new GraphFormatException(
                    new GraphError("A DOCTYPE is not allowed in GraphML: DTDs and entity declarations are refused, so no entity is expanded and nothing is fetched.", new TextLocation(name, line, column)),
                    e);
            }

            throw new GraphFormatException(new GraphError($"Invalid XML: {e.Message}", new TextLocation(name, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition))), e);
        }
    }

    private sealed class Walker(XmlReader reader, string name, string text, GraphReaderOptions options)
    {
        private readonly Dictionary<string, GraphMLKey> keys = new(StringComparer.Ordinal);
        private readonly List<GraphMLData> graphData = [];
        private readonly List<GraphMLElement> nodes = [];
        private readonly List<GraphMLElement> edges = [];
        private readonly HashSet<string> nodeIds = new(StringComparer.Ordinal);
        private bool directed = true;
        private bool sawGraph;

        public GraphMLDocument Document()
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "graphml")
            {
                throw Error($"The document is not GraphML: its root element is <{reader.Name}>, not <graphml>.");
            }

            ReadChildren(Graphml);
            if (!sawGraph)
            {
                throw new GraphFormatException(new GraphError("The GraphML file holds no <graph>.", new TextLocation(name, 1, 1)));
            }

            return new GraphMLDocument(name, text, keys, directed, graphData, nodes, edges);
        }

        private void Graphml()
        {
            switch (reader.LocalName)
            {
                case "key":
                    ReadKey();
                    break;
                case "graph" when sawGraph:
                    throw Error("Only one <graph> per file is read; this file holds more.");
                case "graph":
                    sawGraph = true;
                    directed = Attribute("edgedefault") switch
                    {
                        null or "directed" => true,
                        "undirected" => false,
                        var other => throw new GraphFormatException(new GraphError(
                            $"edgedefault=\"{other}\" is neither \"directed\" nor \"undirected\" (the only values GraphML defines).", At(), "edgedefault")),
                    };
                    ReadChildren(Graph);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        private void Graph()
        {
            switch (reader.LocalName)
            {
                case "data":
                    graphData.Add(ReadData());
                    break;
                case "node":
                    var nodeId = Required("id");
                    if (!nodeIds.Add(nodeId))
                    {
                        // GraphML node ids are unique (the spec's key constraint); renaming a duplicate would guess which one edges mean.
                        throw new GraphFormatException(new GraphError($"Node id '{nodeId}' is used twice; GraphML node ids must be unique.", At(), "id"));
                    }

                    nodes.Add(ReadElement(nodeId, null, null));
                    break;
                case "edge":
                    var (id, source, target) = (Attribute("id"), Required("source"), Required("target"));
                    edges.Add(ReadElement(id, source, target));
                    break;
                case "hyperedge":
                    throw Error("Hyperedges are not supported: a relation joins exactly two entities.");
                default:
                    reader.Skip();
                    break;
            }
        }

        private GraphMLElement ReadElement(string? id, string? source, string? target)
        {
            var at = At();
            var data = new List<GraphMLData>();
            ReadChildren(() =>
            {
                switch (reader.LocalName)
                {
                    case "data":
                        data.Add(ReadData());
                        break;
                    case "graph":
                        throw Error("Nested graphs are not supported: flatten the graph before reading it.");
                    default:
                        reader.Skip();
                        break;
                }
            });
            return new GraphMLElement(id, source, target, at, data);
        }

        private void ReadKey()
        {
            var at = At();
            var id = Required("id");
            var domain = Attribute("for") ?? "all";
            var keyName = Attribute("attr.name") ?? id;
            string? fallback = null;
            ReadChildren(() =>
            {
                if (reader.LocalName == "default")
                {
                    fallback = ReadData().Value;
                }
                else
                {
                    reader.Skip();
                }
            });
            if (!keys.TryAdd(id, new GraphMLKey(id, domain, keyName, fallback)))
            {
                throw new GraphFormatException(new GraphError($"Key id '{id}' is declared twice.", at, "key"));
            }
        }

        /// <summary>Reads a <c>&lt;data&gt;</c> or <c>&lt;default&gt;</c>: its text, or that it holds elements.</summary>
        private GraphMLData ReadData()
        {
            var at = At();
            var key = Attribute("key") ?? string.Empty;
            var value = new StringBuilder();
            var structured = false;
            if (!reader.IsEmptyElement)
            {
                var depth = reader.Depth;
                while (reader.Read() && reader.Depth > depth)
                {
                    CheckDepth();
                    structured |= reader.NodeType == XmlNodeType.Element;
                    if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
                    {
                        value.Append(reader.Value);
                    }
                }
            }

            reader.Read();
            return new GraphMLData(key, structured ? string.Empty : value.ToString(), at, structured);
        }

        /// <summary>Calls <paramref name="child"/> on each child element in the GraphML namespace (others are skipped), then moves past the end tag.</summary>
        private void ReadChildren(Action child)
        {
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return;
            }

            var depth = reader.Depth;
            reader.Read();
            while (reader.Depth > depth && !reader.EOF)
            {
                CheckDepth();
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                }
                else if (reader.NamespaceURI is GraphMLNames.Namespace or "")
                {
                    child();
                }
                else
                {
                    reader.Skip();
                }
            }

            reader.Read();
        }

        private void CheckDepth() => DocLimits.CheckDepth(reader.Depth, At(), options);

        private string? Attribute(string attribute) => reader.GetAttribute(attribute);

        private string Required(string attribute) =>
            Attribute(attribute) ?? throw new GraphFormatException(new GraphError($"<{reader.LocalName}> needs a '{attribute}' attribute.", At(), attribute));

        private TextLocation At() => reader is IXmlLineInfo info ? new TextLocation(name, info.LineNumber, info.LinePosition) : new TextLocation(name, 1, 1);

        private GraphFormatException Error(string message) => new(new GraphError(message, At()));
    }
}
