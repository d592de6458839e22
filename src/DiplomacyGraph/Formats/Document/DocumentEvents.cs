namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// One syntax's parser as a stream of events with locations: the start and end of mappings and lists, and scalars
/// (mapping keys are scalars too). YAML (<see cref="Yaml.YamlEvents"/>) and JSON (<see cref="Json.JsonEvents"/>)
/// feed <see cref="DatasetReader"/>, which maps the dataset section by section and element by element; no
/// document tree is ever built. The current event is the one still to be consumed; <see cref="Next"/> consumes it.
/// </summary>
internal abstract class DocumentEvents
{
    protected DocumentEvents(string name) => Name = name;

    /// <summary>The document's name in errors (a file name).</summary>
    public string Name { get; }

    public DocumentEvent Event { get; protected set; }

    /// <summary>The scalar's text (empty for a null); only for <see cref="DocumentEvent.Scalar"/>.</summary>
    public string Value { get; protected set; } = string.Empty;

    public int Line { get; protected set; } = 1;

    public int Column { get; protected set; } = 1;

    /// <summary>The word this syntax uses for a mapping in errors: "mapping" (YAML) or "object" (JSON).</summary>
    public abstract string MappingWord { get; }

    public FilePosition Location => new(Name, Line, Column);

    /// <summary>Moves to the root's first event; false when the document is empty.</summary>
    public abstract bool Begin();

    /// <summary>Consumes the current event.</summary>
    public abstract void Next();

    /// <summary>Checks that nothing follows the root (one document per file).</summary>
    public abstract void End();

    /// <summary>Refuses a node this loader never reads (a YAML alias or tag); called at each node's first event.</summary>
    public virtual void CheckNode()
    {
    }

    /// <summary>The located error for an exception this syntax's parser throws on malformed input, or null for any other.</summary>
    public abstract GraphFormatException? SyntaxError(Exception e);

    public GraphFormatException Error(string message, string? field = null) => new(new GraphError(message, Location, field));
}

/// <summary>What a <see cref="DocumentEvents"/> is positioned on.</summary>
internal enum DocumentEvent
{
    None,
    MappingStart,
    MappingEnd,
    SequenceStart,
    SequenceEnd,
    Scalar,
    DocumentEnd,
}
