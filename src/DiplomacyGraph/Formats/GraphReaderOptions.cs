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

    /// <summary>How deeply mappings and lists may nest. Default 64 (a dataset needs about 6).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// Gives a source file's text by the path written in the dataset (relative to it), or <see langword="null"/> when
    /// absent (then that source's quotes are not checked). When not set, a file load reads sources beside the file,
    /// and a text or stream read checks no quotes.
    /// </summary>
    public Func<string, string?>? SourceFiles { get; init; }

    /// <summary>Receives how far a file or stream load has got, in bytes; <see langword="null"/> for none.</summary>
    public IProgress<GraphProgress>? Progress { get; init; }

    /// <summary>Receives what a reader had to assume (plain GraphML from another tool has no types or sources).</summary>
    public Action<string>? Notes { get; init; }
}
