using System.Text;
using System.Xml;
using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.GraphML;

/// <summary>
/// Streams GraphML with a hardened <see cref="XmlReader"/> (DTDs prohibited, so no entity is ever expanded or fetched;
/// no resolver; size and depth capped by <see cref="GraphReaderOptions"/>): the keys and the graph's own data first,
/// then each node and edge handed to a sink as soon as its end tag is read, never a document tree. Which sink (the
/// dataset mapping or the plain-GraphML reader) is chosen from the graph data seen before the first node or edge.
/// Every failure is a <see cref="GraphFormatException"/> with line and column.
/// </summary>
internal static class GraphMLStream
{
    /// <summary>Reads the text; <paramref name="wholeText"/> gives the text again only to locate a refused DOCTYPE.</summary>
    public static void Parse(TextReader text, string name, Func<string?> wholeText, GraphReaderOptions options, Func<GraphMLHeader, IGraphMLSink> choose)
    {
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
            using var reader = XmlReader.Create(new AttributeLimit(text, name, options), settings);
            new Walker(reader, name, options, choose).Document();
        }
        catch (XmlException e)
        {
            // The reader refuses a DTD without saying where; the prolog says whether that is what happened, and where.
            if (wholeText() is { } all && RawXmlText.DoctypeOffset(all) is { } doctype)
            {
                var (line, column) = new TextLines(all).LineAndColumn(doctype);
                throw new GraphFormatException(
                    new GraphError("A DOCTYPE is not allowed in GraphML: DTDs and entity declarations are refused, so no entity is expanded and nothing is fetched.", new FilePosition(name, line, column)),
                    e);
            }

            throw new GraphFormatException(new GraphError($"Invalid XML: {e.Message}", new FilePosition(name, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition))), e);
        }
    }

    private sealed class Walker(XmlReader reader, string name, GraphReaderOptions options, Func<GraphMLHeader, IGraphMLSink> choose)
    {
        private readonly Dictionary<string, GraphMLKey> keys = new(StringComparer.Ordinal);
        private readonly List<GraphMLData> graphData = [];
        private IGraphMLSink? sink;
        private readonly HashSet<string> nodeIds = new(StringComparer.Ordinal);
        private bool directed = true;
        private bool sawGraph;

        public void Document()
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "graphml")
            {
                throw Error($"The document is not GraphML: its root element is <{reader.Name}>, not <graphml>.");
            }

            ReadChildren(Graphml);
            if (!sawGraph)
            {
                throw new GraphFormatException(new GraphError("The GraphML file holds no <graph>.", new FilePosition(name, 1, 1)));
            }

            Sink();
        }

        private IGraphMLSink Sink() => sink ??= choose(new GraphMLHeader(name, keys, directed, graphData));

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
                    directed = reader.GetAttribute("edgedefault") switch
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
                case "data" when sink is null:
                    graphData.Add(ReadData());
                    break;
                case "node":
                    var nodeId = Required("id");
                    if (!nodeIds.Add(nodeId))
                    {
                        // GraphML node ids are unique (the spec's key constraint); renaming a duplicate would guess which one edges mean.
                        throw new GraphFormatException(new GraphError($"Node id '{nodeId}' is used twice; GraphML node ids must be unique.", At(), "id"));
                    }

                    Sink().Node(ReadElement(nodeId, null, null));
                    break;
                case "edge":
                    var (id, source, target) = (reader.GetAttribute("id"), Required("source"), Required("target"));
                    var edge = ReadElement(id, source, target);
                    Sink().Edge(edge);
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
            var domain = reader.GetAttribute("for") ?? "all";
            var keyName = reader.GetAttribute("attr.name") ?? id;
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
            var key = reader.GetAttribute("key") ?? string.Empty;
            string? single = null;
            StringBuilder? value = null;
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
                        if (single is null && value is null)
                        {
                            single = reader.Value;
                        }
                        else
                        {
                            (value ??= new StringBuilder(single)).Append(reader.Value);
                            if (value.Length > options.MaxScalarLength)
                            {
                                throw ReaderLimits.ScalarTooLong("A <data> value", at, options);
                            }
                        }
                    }
                }
            }

            reader.Read();
            return new GraphMLData(key, structured ? string.Empty : value?.ToString() ?? single ?? string.Empty, at, structured);
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

        private void CheckDepth()
        {
            if (reader.Depth > options.MaxDepth)
            {
                ReaderLimits.CheckDepth(reader.Depth, At(), options);
            }
        }

        private string Required(string attribute) =>
            reader.GetAttribute(attribute) ?? throw new GraphFormatException(new GraphError($"<{reader.LocalName}> needs a '{attribute}' attribute.", At(), attribute));

        private FilePosition At() => reader is IXmlLineInfo info ? new FilePosition(name, info.LineNumber, info.LinePosition) : new FilePosition(name, 1, 1);

        private GraphFormatException Error(string message) => new(new GraphError(message, At()));
    }
}

/// <summary>What a GraphML reader gets for each node and edge, as the stream reads it.</summary>
internal interface IGraphMLSink
{
    void Node(GraphMLElement node);

    void Edge(GraphMLElement edge);
}
