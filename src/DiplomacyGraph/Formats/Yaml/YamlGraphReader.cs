using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Yaml;

/// <summary>
/// Loads the YAML authoring format (docs/yaml-format.md). A load returns a whole valid graph or throws
/// <see cref="GraphFormatException"/> listing every problem with file, line, column and field.
/// </summary>
/// <example><code>
/// DiplomaticGraph graph = YamlGraphReader.Load("seeds/pakistan-afghanistan-2025.yaml");
/// </code></example>
public static class YamlGraphReader
{
    /// <summary>Loads one or more YAML files into one graph. Quotes are checked against each source's file, resolved next to the YAML file.</summary>
    /// <param name="paths">The dataset files.</param>
    /// <exception cref="GraphFormatException">Any file is unreadable or invalid.</exception>
    public static DiplomaticGraph Load(params string[] paths) => Load(paths, GraphReaderOptions.Default);

    /// <summary>Loads one or more YAML files into one graph, with explicit limits.</summary>
    /// <param name="paths">The dataset files.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <exception cref="GraphFormatException">Any file is unreadable or invalid.</exception>
    public static DiplomaticGraph Load(IEnumerable<string> paths, GraphReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var reader = new DatasetReader();
        var sources = new SourceFiles(options);
        foreach (var path in paths)
        {
            reader.Read(YamlDocumentParser.Parse(DocLimits.ReadFile(path, options), path, options), path, sources.Beside(path));
        }

        return reader.Build();
    }

    /// <summary>Reads YAML text.</summary>
    /// <param name="yaml">The dataset text.</param>
    /// <param name="name">The name errors give for the text (a file name).</param>
    /// <param name="sourceFile">Gives a source file's text by the path written in the dataset, or null when it is not there (an error on the source's <c>file</c>). Without it, quotes are not checked.</param>
    /// <param name="options">Size and depth limits; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The text is invalid.</exception>
    public static DiplomaticGraph Read(string yaml, string name = "<yaml>", Func<string, string?>? sourceFile = null, GraphReaderOptions? options = null) =>
        ReadAll([(yaml, name)], sourceFile, options);

    /// <summary>Reads several YAML texts into one graph (how the embedded seeds load).</summary>
    /// <param name="documents">Each text with the name errors give for it.</param>
    /// <param name="sourceFile">Gives a source file's text by the path written in the dataset, or null when it is not there (an error on the source's <c>file</c>). Without it, quotes are not checked.</param>
    /// <param name="options">Size and depth limits; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">Any text is invalid.</exception>
    public static DiplomaticGraph ReadAll(IEnumerable<(string Yaml, string Name)> documents, Func<string, string?>? sourceFile = null, GraphReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var limits = options ?? GraphReaderOptions.Default;
        var reader = new DatasetReader();
        var sources = SourceFileText.From(sourceFile, limits);
        foreach (var (yaml, name) in documents)
        {
            ArgumentNullException.ThrowIfNull(yaml);
            reader.Read(YamlDocumentParser.Parse(yaml, name, limits), name, sources);
        }

        return reader.Build();
    }
}
