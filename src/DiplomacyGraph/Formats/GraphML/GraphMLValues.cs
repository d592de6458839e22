namespace DiplomacyGraph.Formats.GraphML;

/// <summary>
/// A node's or edge's values by <c>attr.name</c>: its own <c>&lt;data&gt;</c>, and for any column it does not write,
/// the key's <c>&lt;default&gt;</c>, made only when asked for (defaults are shared by the domain, never copied per element).
/// </summary>
internal sealed class GraphMLValues(Dictionary<string, GraphMLData> own, IReadOnlyDictionary<string, GraphMLKey> fallbacks, FilePosition at)
{

    public bool TryGetValue(string name, out GraphMLData data)
    {
        if (own.TryGetValue(name, out data!))
        {
            return true;
        }

        if (Fallback(name) is { } key)
        {
            data = new GraphMLData(key.Id, key.Default!, at, false);
            return true;
        }

        return false;
    }

    public bool ContainsKey(string name) => own.ContainsKey(name) || Fallback(name) is not null;

    public GraphMLData? GetValueOrDefault(string name) => TryGetValue(name, out var data) ? data : null;

    public GraphMLData this[string name] => TryGetValue(name, out var data) ? data : throw new KeyNotFoundException(name);

    /// <summary>Every value: the element's own, then each default it does not override (for readers that keep all columns).</summary>
    public IEnumerable<KeyValuePair<string, GraphMLData>> All()
    {
        foreach (var pair in own)
        {
            yield return pair;
        }

        foreach (var key in fallbacks.Values)
        {
            if (!own.ContainsKey(key.Name))
            {
                yield return new(key.Name, new GraphMLData(key.Id, key.Default!, at, false));
            }
        }
    }

    private GraphMLKey? Fallback(string name) => fallbacks.GetValueOrDefault(name);
}
