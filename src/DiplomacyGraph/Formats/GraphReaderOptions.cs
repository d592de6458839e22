namespace DiplomacyGraph.Formats;

/// <summary>
/// How a reader loads: the limits every loader enforces (so that a hostile or broken file fails fast with a clear
/// error), where source texts come from, and who hears about progress and assumptions. The same for every format.
/// </summary>
public sealed record GraphReaderOptions
{
    /// <summary>The defaults: 512 MiB per document, nesting 64 deep, sources read beside a loaded file.</summary>
    public static GraphReaderOptions Default { get; } = new();

    /// <summary>The largest document accepted, in characters (UTF-16 code units) or bytes for files. Default 512 MiB.</summary>
    public long MaxDocumentSize { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// The longest single value accepted, in characters: a string, number or comment (JSON), a scalar (YAML), a text
    /// or attribute value (GraphML). Default 16 Mi (16,777,216); a quote or note needs far less. The parsers build each
    /// value whole, so this, not <see cref="MaxDocumentSize"/>, bounds the memory one huge value takes.
    /// </summary>
    public int MaxScalarLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>How deeply mappings and lists may nest. Default 64 (a dataset needs about 6).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// Gives a source file's text by the path written in the dataset (relative to it), or <see langword="null"/> when
    /// it is not there: an error on the source's <c>file</c>, unless <see cref="RequireSourceFiles"/> is false. When not
    /// set, a file load reads sources beside the file (their real paths kept inside its folder, regular files only,
    /// one byte budget of <see cref="MaxDocumentSize"/> for all of them), and a text or stream read checks no quotes.
    /// </summary>
    public Func<string, string?>? SourceFiles { get; init; }

    /// <summary>
    /// Whether a source's <c>file</c> that does not exist is an error on that field (the default), or only means that
    /// the source's quotes go unchecked (for a dataset exported away from its <c>sources/</c> folder). A file that leads
    /// outside the dataset's folder, or that is not a regular file, is always an error. Each unchecked source file is
    /// named to <see cref="Notes"/> (<c>dipgraph --no-quote-check</c> prints them), so checks are never off unsaid.
    /// </summary>
    public bool RequireSourceFiles { get; init; } = true;

    /// <summary>The source reader a loader set up for this load (sources beside a file), passed on to nested reads.</summary>
    internal Func<string, Document.SourceFileText>? SourceReader { get; init; }

    /// <summary>Receives how far a file or stream load has got, in bytes; <see langword="null"/> for none.</summary>
    public IProgress<GraphProgress>? Progress { get; init; }

    /// <summary>Receives what a reader had to assume (plain GraphML from another tool has no types or sources).</summary>
    public Action<string>? Notes { get; init; }
}
