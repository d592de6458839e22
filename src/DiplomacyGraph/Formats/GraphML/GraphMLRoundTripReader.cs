using DiplomacyGraph.Formats.Document;
using DiplomacyGraph.Formats.Export;
using N = DiplomacyGraph.Formats.Export.ExportColumns;

namespace DiplomacyGraph.Formats.GraphML;

/// <summary>
/// Reads back a GraphML file that <see cref="GraphMLGraphWriter"/> wrote with its default options, through the one
/// dataset mapping: each node or edge, as the stream reads it, becomes one element in the dataset's own fields (its
/// columns turned into <c>name</c>, <c>aliases</c>, <c>citations</c>… with the location of the data element each came
/// from) and is mapped by <see cref="DatasetReader"/> with the same rules as YAML and JSON. The sources and extension
/// relation types come first, from the graph's own <c>source_*</c> and <c>type_*</c> data.
/// </summary>
internal sealed class GraphMLRoundTripReader : IGraphMLSink
{
    private readonly DatasetReader mapping = new();
    private readonly GraphMLHeader header;
    private readonly Func<string, SourceFileText>? sourceFile;

    public GraphMLRoundTripReader(GraphMLHeader header, Func<string, SourceFileText>? sourceFile)
    {
        this.header = header;
        this.sourceFile = sourceFile;
        Header("relationTypes", GraphMLNames.TypePrefix, GraphMLNames.TypeFields);
        Header("sources", GraphMLNames.SourcePrefix, GraphMLNames.SourceFields);
    }

    public void Node(GraphMLElement node)
    {
        var (values, id, fields) = Start(node, "node");
        fields.Column("kind", values, N.Kind);
        fields.Column("name", values, N.Label);
        fields.List("aliases", values, N.Aliases);
        Attributes(fields, values, id);
        fields.Column("basis", values, N.Basis);
        fields.Column("note", values, N.Note);
        Citations(fields, values, id);
        fields.Column("time", values, N.Date);
        Statuses(fields, values, id);
        fields.Column("act", values, N.Act);
        fields.Column("speech", values, N.Speech);
        fields.List("topics", values, N.Topics);
        mapping.ReadElement("entities", fields.Mapping, sourceFile);
    }

    public void Edge(GraphMLElement edge)
    {
        var (values, id, fields) = Start(edge, "edge");
        fields.Item("type", values, N.Relation);
        fields.Text("from", edge.Source, edge.Location);
        fields.Text("to", edge.Target, edge.Location);
        fields.Item("time", values, N.Date);
        fields.Item("role", values, N.Role);
        fields.Item("assertion", values, N.Assertion);
        fields.Item("claimedBy", values, N.ClaimedBy);
        Attributes(fields, values, id);
        fields.Item("basis", values, N.Basis);
        fields.Item("note", values, N.Note);
        Citations(fields, values, id);
        mapping.ReadElement("relations", fields.Mapping, sourceFile);
    }

    /// <summary>A node's or edge's values, its id (empty when it has none) and its fields, the id read first.</summary>
    private (GraphMLValues Values, string Id, Fields Fields) Start(GraphMLElement element, string domain)
    {
        var fields = new Fields(element.Location);
        fields.Text("id", element.Id, element.Location);
        return (header.Values(element, domain), element.Id ?? string.Empty, fields);
    }

    /// <summary>Validates everything read and returns the graph, or throws every problem at once.</summary>
    public DiplomaticGraph Build() => mapping.Build();

    /// <summary>One element per item of the graph-level lists <paramref name="prefix"/><c>field</c>.</summary>
    private void Header(string section, string prefix, string[] names)
    {
        var columns = names.Select(n => (Name: n, Data: header.Graph(prefix + n))).ToList();
        var count = columns.Select(c => c.Data is null ? 0 : ListEncoding.Split(c.Data.Value).Count).DefaultIfEmpty().Max();

        // Each column split once: splitting every column again for every item was quadratic in the number of sources
        // (10 % of a 100k-relation load, and most of the super-linear time at 1M).
        var split = columns.Select(c => c.Data is null ? null : Parallel(c.Data.Value, count)).ToList();
        var first = columns.FirstOrDefault(c => c.Data is not null).Data?.Location;
        for (var i = 0; i < count; i++)
        {
            var fields = new Fields(first!);
            for (var c = 0; c < columns.Count; c++)
            {
                var (name, data) = columns[c];
                if (data is null || split[c] is not { } items || i >= items.Count || items[i].Length == 0)
                {
                    continue;
                }

                if (name is "from" or "to")
                {
                    fields.Sequence(name, items[i].Split(' ', StringSplitOptions.RemoveEmptyEntries), data.Location);
                }
                else
                {
                    fields.Text(name, items[i], data.Location);
                }
            }

            mapping.ReadElement(section, fields.Mapping, sourceFile);
        }
    }

    private void Attributes(Fields fields, GraphMLValues values, string id)
    {
        if (!values.TryGetValue(N.Attributes, out var data))
        {
            return;
        }

        var attributes = new Fields(data.Location);
        foreach (var item in ListEncoding.Split(data.Value))
        {
            if (ListEncoding.TrySplitPair(item, out var key, out var value))
            {
                attributes.Text(key, value, data.Location, replace: true);
            }
            else
            {
                mapping.AddError(new GraphError($"'{item}' is not key=value.", data.Location, N.Attributes, id));
            }
        }

        fields.Add("attributes", attributes.Mapping, data.Location);
    }

    /// <summary>
    /// The citations: <c>sources</c>, and parallel to it <c>quotes</c> and (when any citation is a record) <c>records</c>,
    /// whose item is <c>dataset=record</c> for a record citation and empty for a quote.
    /// </summary>
    private void Citations(Fields fields, GraphMLValues values, string id)
    {
        if (!values.TryGetValue(N.Sources, out var sourceData))
        {
            return;
        }

        var sources = ListEncoding.Split(sourceData.Value);
        var quoteData = values.GetValueOrDefault(N.Quotes);
        var quotes = quoteData is null ? [] : Parallel(quoteData.Value, sources.Count);
        var recordData = values.GetValueOrDefault(N.Records);
        var records = recordData is null ? null : Parallel(recordData.Value, sources.Count);
        if (sources.Count != quotes.Count)
        {
            mapping.AddError(new GraphError($"{sources.Count} sources but {quotes.Count} quotes: each citation needs both.", (quoteData ?? sourceData).Location, N.Quotes, id));
        }

        if (records is not null && records.Count != sources.Count)
        {
            mapping.AddError(new GraphError($"{sources.Count} sources but {records.Count} records: write one item per citation, empty for a quote.", recordData!.Location, N.Records, id));
        }

        var at = (quoteData ?? sourceData).Location;
        var citations = new List<DocumentNode>();
        for (var i = 0; i < sources.Count && i < quotes.Count; i++)
        {
            var citation = new Fields(at);
            citation.Text("source", sources[i], sourceData.Location);
            if (records is not null && i < records.Count && records[i].Length > 0)
            {
                if (!ListEncoding.TrySplitPair(records[i], out var dataset, out var record))
                {
                    mapping.AddError(new GraphError($"'{records[i]}' is not dataset=record.", recordData!.Location, N.Records, id));
                }

                citation.Text("dataset", dataset, recordData!.Location);
                citation.Text("record", record, recordData.Location);
            }
            else
            {
                citation.Text("quote", quotes[i], at);
            }

            citations.Add(citation.Mapping);
        }

        fields.Add("citations", new DocumentSequence(citations, at.File, at.Line, at.Column), at);
    }

    /// <summary>A meeting's status reports: each item is the status, then source and quote pairs.</summary>
    private void Statuses(Fields fields, GraphMLValues values, string id)
    {
        if (!values.TryGetValue(N.StatusReports, out var data))
        {
            return;
        }

        var reports = new List<DocumentNode>();
        foreach (var report in ListEncoding.Split(data.Value))
        {
            var parts = ListEncoding.Split(report);
            if (parts.Count % 2 == 0)
            {
                mapping.AddError(new GraphError("A status report lists a source without its quote.", data.Location, N.StatusReports, id));
            }

            var status = new Fields(data.Location);
            status.Text("status", parts.FirstOrDefault() ?? string.Empty, data.Location);
            var citations = parts.Skip(1).Chunk(2).Where(p => p.Length == 2).Select(p =>
            {
                var citation = new Fields(data.Location);
                citation.Text("source", p[0], data.Location);
                citation.Text("quote", p[1], data.Location);
                return (DocumentNode)citation.Mapping;
            }).ToList();
            status.Add("citations", new DocumentSequence(citations, data.Location.File, data.Location.Line, data.Location.Column), data.Location);
            reports.Add(status.Mapping);
        }

        fields.Add("status", new DocumentSequence(reports, data.Location.File, data.Location.Line, data.Location.Column), data.Location);
    }

    /// <summary>A list parallel to <paramref name="count"/> elements: an empty value beside one element is one empty item.</summary>
    private static List<string> Parallel(string value, int count) => value.Length == 0 && count == 1 ? [string.Empty] : ListEncoding.Split(value);

    /// <summary>One element's fields being put together, each with the location of the GraphML it came from.</summary>
    private sealed class Fields(FilePosition at)
    {
        private readonly List<KeyValuePair<DocumentScalar, DocumentNode>> entries = [];

        public DocumentMapping Mapping => new(entries, at.File, at.Line, at.Column);

        public void Add(string key, DocumentNode value, FilePosition where) =>
            entries.Add(new(new DocumentScalar(key, where.File, where.Line, where.Column), value));

        public void Text(string key, string? value, FilePosition where, bool replace = false)
        {
            if (value is null)
            {
                return;
            }

            if (replace)
            {
                entries.RemoveAll(e => e.Key.Value == key);
            }

            Add(key, new DocumentScalar(value, where.File, where.Line, where.Column), where);
        }

        public void Sequence(string key, IEnumerable<string> items, FilePosition where) =>
            Add(key, new DocumentSequence([.. items.Select(i => (DocumentNode)new DocumentScalar(i, where.File, where.Line, where.Column))], where.File, where.Line, where.Column), where);

        public void Column(string key, GraphMLValues values, string column)
        {
            if (values.TryGetValue(column, out var data))
            {
                Text(key, data.Value, data.Location);
            }
        }

        /// <summary>
        /// An edge value the writer lists (one item per relation): a dataset edge holds one relation, so one item,
        /// unescaped (a role with <c>|</c> or <c>\</c> otherwise came back with backslashes).
        /// </summary>
        public void Item(string key, GraphMLValues values, string column)
        {
            if (values.GetValueOrDefault(column) is { } data)
            {
                Text(key, ListEncoding.Split(data.Value) is [var only] ? only : data.Value, data.Location);
            }
        }

        public void List(string key, GraphMLValues values, string column)
        {
            if (values.GetValueOrDefault(column) is { } data)
            {
                Sequence(key, ListEncoding.Split(data.Value), data.Location);
            }
        }
    }
}
