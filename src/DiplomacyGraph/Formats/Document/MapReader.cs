namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Reads the fields of one mapping: records where each field was (for error messages), reports
/// missing required fields and wrong shapes, and at <see cref="Done"/> every key nobody asked for.
/// </summary>
internal sealed class MapReader
{
    private readonly DocMapping map;
    private readonly string prefix;
    private readonly List<GraphError> errors;
    private readonly HashSet<string> asked = new(StringComparer.Ordinal);

    public MapReader(DocMapping map, string prefix, List<GraphError> errors, Dictionary<string, TextLocation> fields)
    {
        this.map = map;
        this.prefix = prefix;
        this.errors = errors;
        Fields = fields;
        foreach (var (key, value) in map.Entries)
        {
            if (value.Location is { } at)
            {
                fields[Path(key.Value)] = at;
            }
        }
    }

    public Dictionary<string, TextLocation> Fields { get; }

    public TextLocation? Location => map.Location;

    public string Path(string key) => prefix.Length == 0 ? key : $"{prefix}.{key}";

    public DocNode? Node(string key)
    {
        asked.Add(key);
        return map.Entries.FirstOrDefault(e => e.Key.Value == key).Value;
    }

    /// <summary>A text field; empty text counts as absent.</summary>
    public string? Text(string key, bool required = false)
    {
        switch (Node(key))
        {
            case DocScalar { Value.Length: > 0 } scalar:
                return scalar.Value;
            case null or DocScalar:
                if (required)
                {
                    Error($"'{key}' is required.", key, map.Location);
                }

                return null;
            case var other:
                Error($"'{key}' must be a value, not {other.Describe}.", key, other.Location);
                return null;
        }
    }

    public T? Parse<T>(string key, TryParser<T> parse, bool required = false)
        where T : struct
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (parse(text, out var value, out var error))
        {
            return value;
        }

        Error(error, key, Node(key)?.Location);
        return null;
    }

    public TEnum? Enum<TEnum>(string key, bool required = false)
        where TEnum : struct, Enum =>
        Parse<TEnum>(key, EnumText.TryParse, required);

    public List<string> Texts(string key)
    {
        var result = new List<string>();
        var items = Items(key);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is DocScalar scalar)
            {
                result.Add(scalar.Value);
            }
            else
            {
                Error($"'{key}[{i}]' must be a value, not {items[i].Describe}.", $"{key}[{i}]", items[i].Location);
            }
        }

        return result;
    }

    /// <summary>
    /// Each mapping in a list field. A nested field's reader shares this one's locations and is prefixed
    /// <c>key[i]</c>; an element's reader (<paramref name="elements"/>) starts fresh, its paths relative to itself.
    /// </summary>
    public IEnumerable<MapReader> Mappings(string key, bool elements = false)
    {
        var items = Items(key);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{key}[{i}]";
            if (items[i] is DocMapping mapping)
            {
                yield return elements ? new MapReader(mapping, string.Empty, errors, []) : new MapReader(mapping, Path(path), errors, Fields);
            }
            else
            {
                Error($"'{path}' must be a mapping, not {items[i].Describe}.", path, items[i].Location);
            }
        }
    }

    public List<DocNode> Items(string key)
    {
        switch (Node(key))
        {
            case DocSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (sequence.Items[i].Location is { } at)
                    {
                        Fields[Path($"{key}[{i}]")] = at;
                    }
                }

                return sequence.Items;
            case null or DocScalar { Value.Length: 0 }:
                return [];
            case var other:
                Error($"'{key}' must be a list, not {other.Describe}.", key, other.Location);
                return [];
        }
    }

    public DocMapping? Mapping(string key)
    {
        switch (Node(key))
        {
            case DocMapping mapping:
                return mapping;
            case null or DocScalar { Value.Length: 0 }:
                return null;
            case var other:
                Error($"'{key}' must be a mapping, not {other.Describe}.", key, other.Location);
                return null;
        }
    }

    /// <summary>Reports every key that was not asked for: a typo or a field this format does not have.</summary>
    public void Done(params string[] known)
    {
        foreach (var (key, _) in map.Entries.Where(e => !asked.Contains(e.Key.Value)))
        {
            Error($"Unknown field '{key.Value}'. Known here: {string.Join(", ", known)}.", key.Value, key.Location);
        }
    }

    public void Error(string message, string key, TextLocation? at, string? id = null) =>
        errors.Add(new GraphError(message, at ?? map.Location, Path(key), id));

    public ElementLocation? ElementLocation() => map.Location is { } at ? new ElementLocation(at, Fields) : null;
}

/// <summary>The shape of a TryParse that explains its failures.</summary>
internal delegate bool TryParser<T>(string text, out T value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error);
