namespace DiplomacyGraph.Formats;

/// <summary>Limits every loader enforces, so that a hostile or broken file fails fast with a clear error.</summary>
public sealed record GraphReaderOptions
{
    /// <summary>The defaults: 512 MiB per document, nesting 64 deep.</summary>
    public static GraphReaderOptions Default { get; } = new();

    /// <summary>
    /// The largest document accepted, in characters (UTF-16 code units) or bytes for files. Default 512 MiB.
    /// The source files (<c>sources/….txt</c>) read for quote checks in one load share one budget of this many bytes.
    /// </summary>
    public long MaxDocumentSize { get; init; } = 512L * 1024 * 1024;

    /// <summary>How deeply mappings and lists may nest. Default 64 (a dataset needs about 6).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// Whether a source's <c>file</c> that does not exist is an error on that field (the default), or only means that
    /// the source's quotes go unchecked (for a dataset exported away from its <c>sources/</c> folder). A file that leads
    /// outside the dataset's folder, or that is not a regular file, is always an error.
    /// </summary>
    public bool RequireSourceFiles { get; init; } = true;
}
