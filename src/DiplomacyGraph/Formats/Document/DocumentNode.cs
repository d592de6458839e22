namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// A syntax-neutral node (mapping, sequence, text scalar) with its source location. A reader buffers one element of
/// a section in it at a time (<see cref="ElementBuffer"/>), never a whole document; writers build what they emit from it.
/// A node keeps its file, line and column as plain fields and makes a <see cref="FilePosition"/> only when asked:
/// a large file has millions of nodes and almost none of their locations is ever read.
/// </summary>
internal abstract class DocumentNode
{
    private readonly string? file;
    private readonly int line;
    private readonly int column;

    protected DocumentNode(FilePosition? location)
    {
        if (location is not null)
        {
            (file, line, column) = (location.File, location.Line, location.Column);
        }
    }

    protected DocumentNode(string file, int line, int column) => (this.file, this.line, this.column) = (file, line, column);

    public string? File => file;

    public int Line => line;

    public int Column => column;

    public FilePosition? Location => file is null ? null : new FilePosition(file, line, column);

    public abstract string Describe { get; }
}

/// <summary>A value, always held as text; <see cref="Kind"/> says how JSON writes it.</summary>
internal sealed class DocumentScalar : DocumentNode
{
    public DocumentScalar(string value, FilePosition? location = null, ScalarKind kind = ScalarKind.Text)
        : base(location) => (Value, Kind) = (value, kind);

    public DocumentScalar(string value, string file, int line, int column, ScalarKind kind = ScalarKind.Text)
        : base(file, line, column) => (Value, Kind) = (value, kind);

    public string Value { get; }

    public ScalarKind Kind { get; }

    public override string Describe => "a value";
}

/// <summary>A list. <see cref="Flow"/> asks a YAML writer for the compact <c>[a, b]</c> form.</summary>
internal sealed class DocumentSequence : DocumentNode
{
    public DocumentSequence(List<DocumentNode> items, FilePosition? location = null, bool flow = false)
        : base(location) => (Items, Flow) = (items, flow);

    public DocumentSequence(List<DocumentNode> items, string file, int line, int column)
        : base(file, line, column) => Items = items;

    public List<DocumentNode> Items { get; }

    public bool Flow { get; }

    public override string Describe => "a list";
}

/// <summary>Key/value pairs in document order; keys are unique (readers reject duplicates).</summary>
internal sealed class DocumentMapping : DocumentNode
{
    public DocumentMapping(List<KeyValuePair<DocumentScalar, DocumentNode>> entries, FilePosition? location = null, bool flow = false)
        : base(location) => (Entries, Flow) = (entries, flow);

    public DocumentMapping(List<KeyValuePair<DocumentScalar, DocumentNode>> entries, string file, int line, int column)
        : base(file, line, column) => Entries = entries;

    public List<KeyValuePair<DocumentScalar, DocumentNode>> Entries { get; }

    public bool Flow { get; }

    public override string Describe => "a mapping";
}

/// <summary>How a scalar is written where the syntax distinguishes (JSON): text, a boolean or an integer.</summary>
internal enum ScalarKind
{
    Text,
    Boolean,
    Integer,
}
