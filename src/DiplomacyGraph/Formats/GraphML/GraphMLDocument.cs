namespace DiplomacyGraph.Formats.GraphML;

/// <summary>A <c>&lt;key&gt;</c>: its id, domain (<c>for</c>), <c>attr.name</c> (the id when absent) and default value.</summary>
internal sealed record GraphMLKey(string Id, string For, string Name, string? Default);

/// <summary>A <c>&lt;data&gt;</c> value with where it was written; <see cref="Structured"/> when it held XML elements (yEd graphics).</summary>
internal sealed record GraphMLData(string Key, string Value, FilePosition Location, bool Structured);

/// <summary>A node or edge as written: id, endpoints for an edge, location and data.</summary>
internal sealed record GraphMLElement(string? Id, string? Source, string? Target, FilePosition Location, IReadOnlyList<GraphMLData> Data);

/// <summary>What precedes a GraphML file's nodes and edges: its name, keys, default direction and the graph's own data.</summary>
internal sealed record GraphMLHeader(string Name, IReadOnlyDictionary<string, GraphMLKey> Keys, bool Directed, IReadOnlyList<GraphMLData> GraphData)
{
    /// <summary>The value of a graph-level column, by <c>attr.name</c>.</summary>
    public string? GraphValue(string name) => Graph(name)?.Value;

    /// <summary>The graph-level data of a column, by <c>attr.name</c>.</summary>
    public GraphMLData? Graph(string name) =>
        GraphData.FirstOrDefault(d => Keys.TryGetValue(d.Key, out var k) && k.Name == name);

    private readonly Dictionary<string, Dictionary<string, GraphMLKey>> defaults = new(StringComparer.Ordinal);

    /// <summary>
    /// An element's values by <c>attr.name</c>, defaults of the domain's keys filled in. The defaults are looked up once
    /// per domain and shared; only an element's own data is copied (5,000 keys with defaults × 5,000 nodes used to copy
    /// 25 million values).
    /// </summary>
    public GraphMLValues Values(GraphMLElement element, string domain)
    {
        if (!defaults.TryGetValue(domain, out var fallbacks))
        {
            fallbacks = new Dictionary<string, GraphMLKey>(StringComparer.Ordinal);
            foreach (var key in Keys.Values.Where(k => k.Default is not null && (k.For == domain || k.For == "all")))
            {
                fallbacks[key.Name] = key;
            }

            defaults[domain] = fallbacks;
        }

        var own = new Dictionary<string, GraphMLData>(element.Data.Count, StringComparer.Ordinal);
        foreach (var data in element.Data)
        {
            own[Keys.TryGetValue(data.Key, out var key) ? key.Name : data.Key] = data;
        }

        return new GraphMLValues(own, fallbacks, element.Location);
    }
}
