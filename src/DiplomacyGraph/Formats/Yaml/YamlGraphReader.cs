using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Yaml;

/// <summary>
/// Loads the YAML authoring format (docs/yaml-format.md) by streaming YamlDotNet's parser events into the one
/// dataset mapping. A load returns a whole valid graph or throws <see cref="GraphFormatException"/> listing every
/// problem with file, line, column and field.
/// </summary>
/// <example><code>
/// DiplomaticGraph graph = YamlGraphReader.Load("seeds/pakistan-afghanistan-2025.yaml");
/// </code></example>
internal sealed class YamlGraphReader : IGraphReader
{
    private static readonly DatasetLoading.Syntax Syntax = (text, name, options) => new YamlEvents(text, name, options);

    private YamlGraphReader()
    {
    }

    /// <summary>The reader as an <see cref="IGraphReader"/>, as <see cref="GraphFormats"/> lists it.</summary>
    public static YamlGraphReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "yaml";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml"];

    /// <summary>Loads a YAML file. Quotes are checked against each source's file, resolved next to the YAML file.</summary>
    /// <param name="path">The dataset file.</param>
    /// <param name="options">Limits, sources, progress; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The file is unreadable or invalid.</exception>
    public static DiplomaticGraph Load(string path, GraphReaderOptions? options = null) => DatasetLoading.Files([(path, Syntax)], options);

    /// <summary>Reads YAML from a text reader.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The name errors give for the text (a file name).</param>
    /// <param name="options">Limits, sources, progress; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The text is invalid.</exception>
    public static DiplomaticGraph Read(TextReader reader, string name, GraphReaderOptions? options) => DatasetLoading.Text(Syntax, reader, name, options);

    /// <summary>Reads YAML from a UTF-8 stream.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="name">The name errors give for the text (a file name).</param>
    /// <param name="options">Limits, sources, progress; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The stream is not UTF-8 or is invalid.</exception>
    public static DiplomaticGraph Read(Stream stream, string name, GraphReaderOptions? options) => DatasetLoading.Stream(Syntax, stream, name, options);

    /// <summary>Reads YAML from a string.</summary>
    /// <param name="yaml">The dataset text.</param>
    /// <param name="name">The name errors give for the text (a file name).</param>
    /// <param name="options">Limits, sources, progress; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The text is invalid.</exception>
    public static DiplomaticGraph Parse(string yaml, string name = "<yaml>", GraphReaderOptions? options = null) => DatasetLoading.String(Syntax, yaml, name, options);

    /// <summary>Reads several YAML texts into one graph (how the embedded seeds load).</summary>
    internal static DiplomaticGraph ReadAll(IEnumerable<(string Yaml, string Name)> documents, GraphReaderOptions options) =>
        DatasetLoading.Strings(Syntax, documents, options);

    /// <summary>The event stream over a text, for loading it with other files into one graph.</summary>
    internal static DatasetLoading.Syntax Events => Syntax;

    DiplomaticGraph IGraphReader.Load(string path, GraphReaderOptions? options) => Load(path, options);

    DiplomaticGraph IGraphReader.Read(TextReader reader, string name, GraphReaderOptions? options) => Read(reader, name, options);

    DiplomaticGraph IGraphReader.Read(Stream stream, string name, GraphReaderOptions? options) => Read(stream, name, options);

    DiplomaticGraph IGraphReader.Parse(string text, string name, GraphReaderOptions? options) => Parse(text, name, options);
}
