namespace DiplomacyGraph.Formats.Document;

/// <summary>Small helpers for writers that build a document tree field by field.</summary>
internal static class DocumentBuilder
{
    public static DocumentMapping Map(bool flow = false) => new([], flow: flow);

    public static DocumentMapping Add(this DocumentMapping map, string key, string? value)
    {
        if (value is not null)
        {
            map.Entries.Add(new(new DocumentScalar(key), new DocumentScalar(value)));
        }

        return map;
    }

    public static DocumentMapping Add(this DocumentMapping map, string key, bool value)
    {
        map.Entries.Add(new(new DocumentScalar(key), new DocumentScalar(value ? "true" : "false", kind: ScalarKind.Boolean)));
        return map;
    }

    public static DocumentMapping Add(this DocumentMapping map, string key, int value)
    {
        map.Entries.Add(new(new DocumentScalar(key), new DocumentScalar(value.ToString(System.Globalization.CultureInfo.InvariantCulture), kind: ScalarKind.Integer)));
        return map;
    }

    public static DocumentMapping Add(this DocumentMapping map, string key, DocumentNode? value)
    {
        if (value is not null)
        {
            map.Entries.Add(new(new DocumentScalar(key), value));
        }

        return map;
    }

    /// <summary>A list of text values, or <see langword="null"/> when empty (so the field is left out).</summary>
    public static DocumentSequence? Texts(IEnumerable<string> values)
    {
        var items = values.Select(v => (DocumentNode)new DocumentScalar(v)).ToList();
        return items.Count == 0 ? null : new DocumentSequence(items, flow: true);
    }

    /// <summary>A list of nodes, or <see langword="null"/> when empty.</summary>
    public static DocumentSequence? List(IEnumerable<DocumentNode> values)
    {
        var items = values.ToList();
        return items.Count == 0 ? null : new DocumentSequence(items);
    }
}
