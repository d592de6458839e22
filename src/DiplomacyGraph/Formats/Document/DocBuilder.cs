namespace DiplomacyGraph.Formats.Document;

/// <summary>Small helpers for writers that build a document tree field by field.</summary>
internal static class DocBuilder
{
    public static DocMapping Map(bool flow = false) => new([], flow: flow);

    public static DocMapping Add(this DocMapping map, string key, string? value)
    {
        if (value is not null)
        {
            map.Entries.Add(new(new DocScalar(key), new DocScalar(value)));
        }

        return map;
    }

    public static DocMapping Add(this DocMapping map, string key, bool value)
    {
        map.Entries.Add(new(new DocScalar(key), new DocScalar(value ? "true" : "false", kind: ScalarKind.Boolean)));
        return map;
    }

    public static DocMapping Add(this DocMapping map, string key, int value)
    {
        map.Entries.Add(new(new DocScalar(key), new DocScalar(value.ToString(System.Globalization.CultureInfo.InvariantCulture), kind: ScalarKind.Integer)));
        return map;
    }

    public static DocMapping Add(this DocMapping map, string key, DocNode? value)
    {
        if (value is not null)
        {
            map.Entries.Add(new(new DocScalar(key), value));
        }

        return map;
    }

    /// <summary>A list of text values, or <see langword="null"/> when empty (so the field is left out).</summary>
    public static DocSequence? Texts(IEnumerable<string> values)
    {
        var items = values.Select(v => (DocNode)new DocScalar(v)).ToList();
        return items.Count == 0 ? null : new DocSequence(items, flow: true);
    }

    /// <summary>A list of nodes, or <see langword="null"/> when empty.</summary>
    public static DocSequence? List(IEnumerable<DocNode> values)
    {
        var items = values.ToList();
        return items.Count == 0 ? null : new DocSequence(items);
    }
}
