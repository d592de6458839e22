namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// The one load path of the dataset syntaxes (YAML, JSON): each input's events stream through one
/// <see cref="DatasetReader"/>, then one build validates everything. Files are read block by block, never whole.
/// </summary>
internal static class DatasetLoading
{
    /// <summary>A syntax: how to make its event stream over a text.</summary>
    public delegate DocumentEvents Syntax(TextReader text, string name, GraphReaderOptions options);

    /// <summary>Loads files, each through the syntax its caller picked, into one graph.</summary>
    public static DiplomaticGraph Files(IEnumerable<(string Path, Syntax Syntax)> files, GraphReaderOptions? options)
    {
        var reader = new DatasetReader();
        ReadFiles(reader, files, options ?? GraphReaderOptions.Default);
        return reader.Build();
    }

    /// <summary>Streams files into a mapping that may already hold other documents (the seeds, for layering).</summary>
    public static void ReadFiles(DatasetReader reader, IEnumerable<(string Path, Syntax Syntax)> files, GraphReaderOptions limits)
    {
        var sources = new SourceFiles(limits);
        foreach (var (path, syntax) in files)
        {
            using var text = Utf8FileReader.Open(path, limits);
            text.Progress = Progress(limits);
            reader.Read(syntax(text, path, limits), limits, SourceFileText.For(limits, path, sources));
        }
    }

    /// <summary>Reads one text.</summary>
    public static DiplomaticGraph Text(Syntax syntax, TextReader text, string name, GraphReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var limits = options ?? GraphReaderOptions.Default;
        var reader = new DatasetReader();
        reader.Read(syntax(new LimitedReader(text, name, limits), name, limits), limits, SourceFileText.For(limits));
        return reader.Build();
    }

    /// <summary>Reads one UTF-8 stream.</summary>
    public static DiplomaticGraph Stream(Syntax syntax, Stream stream, string name, GraphReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var limits = options ?? GraphReaderOptions.Default;
        var text = new Utf8FileReader(stream, name, limits, leaveOpen: true) { Progress = Progress(limits) };
        var reader = new DatasetReader();
        reader.Read(syntax(text, name, limits), limits, SourceFileText.For(limits));
        return reader.Build();
    }

    /// <summary>Reads one string.</summary>
    public static DiplomaticGraph String(Syntax syntax, string text, string name, GraphReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(text);
        var limits = options ?? GraphReaderOptions.Default;
        ReaderLimits.CheckSize(text.Length, name, limits);
        return Text(syntax, new StringReader(text), name, limits);
    }

    /// <summary>Reads several named strings into one graph (how the embedded seeds load).</summary>
    public static DiplomaticGraph Strings(Syntax syntax, IEnumerable<(string Text, string Name)> documents, GraphReaderOptions options)
    {
        var reader = new DatasetReader();
        ReadStrings(reader, syntax, documents, options);
        return reader.Build();
    }

    /// <summary>Streams named strings into a mapping.</summary>
    public static void ReadStrings(DatasetReader reader, Syntax syntax, IEnumerable<(string Text, string Name)> documents, GraphReaderOptions options)
    {
        var sources = SourceFileText.For(options);
        foreach (var (text, name) in documents)
        {
            ArgumentNullException.ThrowIfNull(text);
            ReaderLimits.CheckSize(text.Length, name, options);
            reader.Read(syntax(new StringReader(text), name, options), options, sources);
        }
    }

    private static Action<long, long?>? Progress(GraphReaderOptions options) =>
        options.Progress is { } progress ? (done, total) => progress.Report(new GraphProgress(done, total)) : null;
}
