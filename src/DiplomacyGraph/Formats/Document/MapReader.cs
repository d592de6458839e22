namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Reads the fields of one mapping: reports missing required fields and wrong shapes, and at <see cref="Done"/>
/// every key nobody asked for. Where each field was is looked up in the tree only when needed (<see cref="FieldPositions"/>).
/// </summary>
internal sealed class MapReader
{
    private readonly DocumentMapping map;
    private readonly string prefix;
    private readonly string? listKey;
    private readonly int listIndex;
    private readonly ErrorList errors;

    // Which entries were asked for, by position: a bit each for the first 64, a set beyond (a large attribute map).
    private ulong askedBits;
    private HashSet<int>? askedBeyond;

    public MapReader(DocumentMapping map, string prefix, ErrorList errors)
        : this(map, prefix, null, 0, errors)
    {
    }

    /// <summary>
    /// A reader whose prefix is <c>prefix.listKey[listIndex]</c>, made only when an error needs it: a dataset has
    /// millions of nested mappings (citations) and almost none of them has an error.
    /// </summary>
    private MapReader(DocumentMapping map, string prefix, string? listKey, int listIndex, ErrorList errors)
    {
        this.map = map;
        this.prefix = prefix;
        this.listKey = listKey;
        this.listIndex = listIndex;
        this.errors = errors;
    }

    public FilePosition? Location => map.Location;

    /// <summary>The id of the element these fields belong to, given to every error they report.</summary>
    public string? ElementId { get; set; }

    public string Path(string key)
    {
        var start = Prefix();
        return start.Length == 0 ? key : $"{start}.{key}";
    }

    public DocumentNode? Node(string key)
    {
        var entries = map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Key.Value, key, StringComparison.Ordinal))
            {
                Ask(i);
                return entries[i].Value;
            }
        }

        return null;
    }

    /// <summary>A text field; empty text counts as absent.</summary>
    public string? Text(string key, bool required = false)
    {
        switch (Node(key))
        {
            case DocumentScalar { Value.Length: > 0 } scalar:
                return scalar.Value;
            case DocumentScalar empty:
                if (required)
                {
                    // At the empty value itself, where validation would also complain about it: one problem, one message.
                    Error($"'{key}' is empty; it is required: write a value.", key, empty.Location ?? map.Location);
                }

                return null;
            case null:
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
            if (items[i] is DocumentScalar scalar)
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
    /// Each mapping in a list field. A nested field's reader is prefixed <c>key[i]</c>; an element's reader
    /// (<paramref name="elements"/>) starts fresh, its paths relative to itself.
    /// </summary>
    public IEnumerable<MapReader> Mappings(string key, bool elements = false)
    {
        var items = Items(key);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is DocumentMapping mapping)
            {
                yield return elements ? new MapReader(mapping, string.Empty, errors) : new MapReader(mapping, Prefix(), key, i, errors) { ElementId = ElementId };
            }
            else
            {
                var path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{key}[{i}]");
                Error($"'{path}' must be a mapping, not {items[i].Describe}.", path, items[i].Location);
            }
        }
    }

    public List<DocumentNode> Items(string key)
    {
        switch (Node(key))
        {
            case DocumentSequence sequence:
                return sequence.Items;
            case null or DocumentScalar { Value.Length: 0 }:
                return [];
            case var other:
                Error($"'{key}' must be a list, not {other.Describe}.", key, other.Location);
                return [];
        }
    }

    public DocumentMapping? Mapping(string key)
    {
        switch (Node(key))
        {
            case DocumentMapping mapping:
                return mapping;
            case null or DocumentScalar { Value.Length: 0 }:
                return null;
            case var other:
                Error($"'{key}' must be a mapping, not {other.Describe}.", key, other.Location);
                return null;
        }
    }

    /// <summary>Reports every key that was not asked for: a typo or a field this format does not have.</summary>
    public void Done(params string[] known)
    {
        var entries = map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (!WasAsked(i))
            {
                var key = entries[i].Key;
                Error($"Unknown field '{key.Value}'. Known here: {string.Join(", ", known)}.", key.Value, key.Location);
            }
        }
    }

    public void Error(string message, string key, FilePosition? at, string? id = null) =>
        errors.Add(new GraphError(message, at ?? map.Location, Path(key), id ?? ElementId));

    private void Ask(int entry)
    {
        if (entry < 64)
        {
            askedBits |= 1UL << entry;
        }
        else
        {
            (askedBeyond ??= []).Add(entry);
        }
    }

    private bool WasAsked(int entry) => entry < 64 ? (askedBits & (1UL << entry)) != 0 : askedBeyond?.Contains(entry) == true;

    private string Prefix()
    {
        if (listKey is null)
        {
            return prefix;
        }

        var path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{listKey}[{listIndex}]");
        return prefix.Length == 0 ? path : $"{prefix}.{path}";
    }

    /// <summary>Where this element and its fields are; for an element's reader (field paths are relative to the mapping).</summary>
    public ElementPositions? ElementPositions() => map.Location is { } at ? new ElementPositions(at, new FieldPositions(map)) : null;
}

/// <summary>The shape of a TryParse that explains its failures.</summary>
internal delegate bool TryParser<T>(string text, out T value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error);
