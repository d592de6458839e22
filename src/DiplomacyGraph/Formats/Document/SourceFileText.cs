namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// A source file's text, or why a dataset's <c>file</c> gives none (an error on that field); neither when a missing
/// file is allowed (<see cref="GraphReaderOptions.RequireSourceFiles"/> false), and its quotes go unchecked.
/// </summary>
internal readonly record struct SourceFileText(string? Text, string? Problem)
{
    public static SourceFileText Found(string text) => new(text, null);

    public static SourceFileText Refused(string problem) => new(null, problem);

    /// <summary>
    /// How one read gets source texts: the reader a loader set up (<see cref="GraphReaderOptions.SourceReader"/>), else
    /// the caller's <see cref="GraphReaderOptions.SourceFiles"/>, else the files beside <paramref name="datasetPath"/>
    /// through <paramref name="files"/> (shared by the load: one budget, each real path read once), else none.
    /// </summary>
    public static Func<string, SourceFileText>? For(GraphReaderOptions options, string? datasetPath = null, SourceFiles? files = null) =>
        options.SourceReader
        ?? From(options.SourceFiles, options)
        ?? (datasetPath is not null ? (files ?? new SourceFiles(options)).Beside(datasetPath) : null);

    /// <summary>Adapts a caller's lookup (null: not there) to this one; a missing file is an error, not a skipped check.</summary>
    public static Func<string, SourceFileText>? From(Func<string, string?>? lookup, GraphReaderOptions? options) => lookup is null
        ? null
        : relative => lookup(relative) is { } text
            ? Found(text)
            : options is { RequireSourceFiles: false } ? Unchecked(relative, options) : Refused($"Source file '{DisplayText.Escape(relative)}' was not found, so its quotes cannot be checked.");

    private static SourceFileText Unchecked(string relative, GraphReaderOptions options)
    {
        options.Notes?.Invoke($"source file '{DisplayText.Escape(relative)}' was not found: its quotes are not checked.");
        return default;
    }
}
