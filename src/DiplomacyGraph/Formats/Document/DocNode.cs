namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// A syntax-neutral document tree (mappings, sequences, text scalars) with source locations. YAML and
/// JSON both parse to it and emit from it, so the dataset schema is mapped once (see <see cref="DatasetReader"/>).
/// </summary>
internal abstract class DocNode(TextLocation? location)
{
    public TextLocation? Location { get; } = location;

    public abstract string Describe { get; }
}

/// <summary>A value, always held as text; <see cref="Kind"/> says how JSON writes it.</summary>
internal sealed class DocScalar(string value, TextLocation? location = null, ScalarKind kind = ScalarKind.Text) : DocNode(location)
{
    public string Value { get; } = value;

    public ScalarKind Kind { get; } = kind;

    public override string Describe => "a value";
}

/// <summary>A list. <see cref="Flow"/> asks a YAML writer for the compact <c>[a, b]</c> form.</summary>
internal sealed class DocSequence(List<DocNode> items, TextLocation? location = null, bool flow = false) : DocNode(location)
{
    public List<DocNode> Items { get; } = items;

    public bool Flow { get; } = flow;

    public override string Describe => "a list";
}

/// <summary>Key/value pairs in document order; keys are unique (readers reject duplicates).</summary>
internal sealed class DocMapping(List<KeyValuePair<DocScalar, DocNode>> entries, TextLocation? location = null, bool flow = false) : DocNode(location)
{
    public List<KeyValuePair<DocScalar, DocNode>> Entries { get; } = entries;

    public bool Flow { get; } = flow;

    public override string Describe => "a mapping";
}

/// <summary>How a scalar is written where the syntax distinguishes (JSON): text, a boolean or an integer.</summary>
internal enum ScalarKind
{
    Text,
    Boolean,
    Integer,
}
