namespace DiplomacyGraph.Formats.GraphML;

/// <summary>A <c>&lt;key&gt;</c>: its id, domain (<c>for</c>), <c>attr.name</c> (the id when absent) and default value.</summary>
internal sealed record GraphMLKey(string Id, string For, string Name, string? Default);

/// <summary>A <c>&lt;data&gt;</c> value with where it was written; <see cref="Structured"/> when it held XML elements (yEd graphics).</summary>
internal sealed record GraphMLData(string Key, string Value, TextLocation Location, bool Structured);

/// <summary>A node or edge as written: id, endpoints for an edge, location and data.</summary>
internal sealed record GraphMLElement(string? Id, string? Source, string? Target, TextLocation Location, IReadOnlyList<GraphMLData> Data);

/// <summary>What precedes a GraphML file's nodes and edges: its name, keys, default direction and the graph's own data.</summary>
internal sealed record GraphMLHeader(string Name, IReadOnlyDictionary<string, GraphMLKey> Keys, bool Directed, IReadOnlyList<GraphMLData> GraphData)
{
    /// <summary>The value of a graph-level column, by <c>attr.name</c>.</summary>
    public string? GraphValue(string name) => Graph(name)?.Value;

    /// <summary>The graph-level data of a column, by <c>attr.name</c>.</summary>
    public GraphMLData? Graph(string name) =>
        GraphData.FirstOrDefault(d => Keys.TryGetValue(d.Key, out var k) && k.Name == name);

    /// <summary>An element's values by <c>attr.name</c>, defaults of the domain's keys filled in.</summary>
    public Dictionary<string, GraphMLData> Values(GraphMLElement element, string domain)
    {
        var values = new Dictionary<string, GraphMLData>(StringComparer.Ordinal);
        foreach (var key in Keys.Values)
        {
            if (key.Default is not null && (key.For == domain || key.For == "all"))
            {
                values[key.Name] = new GraphMLData(key.Id, key.Default, element.Location, false);
            }
        }

        foreach (var data in element.Data)
        {
            values[Keys.TryGetValue(data.Key, out var key) ? key.Name : data.Key] = data;
        }

        return values;
    }
}
