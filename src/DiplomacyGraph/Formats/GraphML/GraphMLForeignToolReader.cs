using System.Collections.Immutable;
using System.Text;
using DiplomacyGraph.Formats.Document;
using DiplomacyGraph.Formats.Export;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.GraphML;

/// <summary>
/// Reads plain GraphML written by another tool (NetworkX, igraph, yEd, Gephi) as untyped entities and
/// relations. Such a file says neither what its nodes are nor what its edges mean, nor who says so; the
/// reader states exactly what it assumed in one note, and every relation cites the file itself, quoting the
/// edge's start tag verbatim so that the fact can be traced back to the line it came from.
/// </summary>
internal sealed class GraphMLForeignToolReader(GraphMLHeader header) : IGraphMLSink
{
    private readonly List<GraphMLElement> nodes = [];
    private readonly List<GraphMLElement> edges = [];

    /// <summary>The relation type of every imported edge.</summary>
    public const string LinkedType = "linked";

    /// <summary>The id of the source every imported relation cites: the GraphML file.</summary>
    public const string FileSourceId = "graphml-file";

    private static readonly string[] NameColumns = [ExportColumns.Label, "name", "Label", "Name"];

    private readonly Dictionary<string, string> ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> nodeSuffixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> edgeSuffixes = new(StringComparer.Ordinal);
    private int? defaultsPerNode;

    /// <summary>
    /// The most attribute values the keys' defaults may add to nodes (keys with a default × nodes): each default becomes
    /// an attribute of every node that does not write it, so 5,000 such keys × 5,000 nodes would make 25 million values
    /// (2.3 GB) from a file of a few hundred kilobytes, an expansion as hostile as an entity bomb.
    /// </summary>
    internal const long MaxDefaultValues = 1_000_000;

    public string Note { get; private set; } = string.Empty;

    /// <summary>Takes a node; refused, at the node, once the keys' defaults would give more than <see cref="MaxDefaultValues"/> values.</summary>
    public void Node(GraphMLElement node)
    {
        defaultsPerNode ??= header.Keys.Values.Count(k => k.Default is not null && k.For is "node" or "all");
        if ((long)defaultsPerNode.Value * (nodes.Count + 1) > MaxDefaultValues)
        {
            throw new GraphFormatException(new GraphError(
                $"{defaultsPerNode:N0} keys with a <default> × {nodes.Count + 1:N0} nodes would give the nodes more than {MaxDefaultValues:N0} default attribute values.",
                node.Location,
                "default"));
        }

        nodes.Add(node);
    }

    public void Edge(GraphMLElement edge) => edges.Add(edge);

    /// <summary>Builds the graph once the stream has ended; <paramref name="text"/> is the file's text, which every relation quotes.</summary>
    public DiplomaticGraph Read(string text)
    {
        var builder = new GraphBuilder();
        var fileName = Path.GetFileName(header.Name);
        builder.AddRelationType(new RelationType
        {
            Name = LinkedType,
            Directed = header.Directed,
            Description = "An edge read from plain GraphML: the file does not say what relation it is.",
        });
        builder.AddSource(new Source
        {
            Id = FileSourceId,
            Title = $"GraphML file {fileName} (plain GraphML: its facts have no sources of their own)",
            File = fileName,
        });
        var untyped = 0;
        foreach (var node in nodes)
        {
            var entity = Entity(node, out var typed);
            untyped += typed ? 0 : 1;
            builder.AddEntity(entity, new ElementPositions(node.Location));
        }

        var (relations, loops) = (0, 0);
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        var lines = new TextLines(text);
        foreach (var edge in edges)
        {
            if (edge.Source == edge.Target)
            {
                loops++;
                continue;
            }

            if (!ids.TryGetValue(edge.Source!, out var from) || !ids.TryGetValue(edge.Target!, out var to))
            {
                // Ids are matched exactly: source="india" names no node "India", even though both make the id india.
                var (attribute, field, missing) = ids.ContainsKey(edge.Source!) ? ("target", "to", edge.Target!) : ("source", "from", edge.Source!);
                builder.AddError(new GraphError($"The edge's {attribute} '{missing}' names no node (GraphML ids are case-sensitive and matched exactly).", edge.Location, field));
                continue;
            }

            var id = Unique(edgeIds, edgeSuffixes, Slug(edge.Id ?? string.Empty, $"edge-{relations + loops + 1}"));
            builder.AddRelation(
                new Relation
                {
                    Id = id,
                    Type = LinkedType,
                    From = from,
                    To = to,
                    Time = DateRange.Unknown,
                    Citations = [new QuoteCitation(FileSourceId, RawXmlText.StartTag(text, lines.Offset(edge.Location.Line, edge.Location.Column)))],
                },
                new ElementPositions(edge.Location));
            relations++;
        }

        Note = Describe(untyped, relations, loops);
        builder.SourceText = source => source.Id == FileSourceId ? text : null;
        return builder.Build();
    }

    private string Describe(int untypedNodes, int relations, int loops)
    {
        var note = new StringBuilder($"{header.Name} is plain GraphML, not a DiplomacyGraph export: ");
        note.Append($"{nodes.Count} nodes were read as entities ({untypedNodes} of them without a kind, read as {EntityKind.Organization}; ids made kebab-case, the original kept as attribute 'graphml-id'; other columns kept as attributes), ");
        note.Append($"{relations} edges as untyped '{LinkedType}' relations with unknown time, each citing the file with the edge's own start tag (edge columns are not kept)");
        if (loops > 0)
        {
            note.Append($"; {loops} self-loops were left out (a relation joins two different entities)");
        }

        return note.Append('.').ToString();
    }

    private Entity Entity(GraphMLElement node, out bool typed)
    {
        var values = header.Values(node, "node");
        var original = node.Id ?? string.Empty;
        var id = Unique(taken, nodeSuffixes, Slug(original, $"node-{ids.Count + 1}"));
        ids[original] = id;
        var name = NameColumns.Select(c => values.GetValueOrDefault(c)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? original;
        // A meeting needs a time, a status and a citation, a statement an act, a speech mode and its words, that plain
        // GraphML cannot give, so neither kind is taken from the file.
        var parsed = EntityKind.Organization;
        typed = values.GetValueOrDefault(ExportColumns.Kind)?.Value is { } k
            && EnumText.TryParse(k, out parsed, out _) && parsed is not (EntityKind.Meeting or EntityKind.Statement);
        var kind = typed ? parsed : EntityKind.Organization;
        var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (column, data) in values.All())
        {
            if (!data.Structured && data.Value.Length > 0 && !NameColumns.Contains(column) && !(typed && column == ExportColumns.Kind))
            {
                attributes[column] = data.Value;
            }
        }

        if (id != original)
        {
            attributes["graphml-id"] = original;
        }

        return new Entity { Id = id, Kind = kind, Name = name, Attributes = attributes.ToImmutable() };
    }

    /// <summary>A kebab-case id from any text: <c>Node 12</c> → <c>node-12</c>; <paramref name="fallback"/> when nothing is left.</summary>
    private static string Slug(string text, string fallback)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().TrimEnd('-');
        return result.Length == 0 ? fallback : result;
    }

    /// <summary><paramref name="id"/>, or with the next free suffix (<c>-2</c>, <c>-3</c>…); each base remembers its last suffix, so n clashes cost n tries, not n².</summary>
    private static string Unique(HashSet<string> used, Dictionary<string, int> suffixes, string id)
    {
        var candidate = id;
        var n = suffixes.GetValueOrDefault(id, 1);
        while (!used.Add(candidate))
        {
            candidate = $"{id}-{++n}";
        }

        suffixes[id] = n;
        return candidate;
    }
}
