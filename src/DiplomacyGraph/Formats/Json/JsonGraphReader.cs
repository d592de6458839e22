using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Json;

/// <summary>
/// Loads the lossless JSON interchange format (the same shape as JSON) by streaming Newtonsoft's JsonTextReader tokens into the one
/// dataset mapping. A load returns a whole valid graph or throws <see cref="GraphFormatException"/> listing every
/// problem with file, line, column and field.
/// </summary>
/// <example><code>
/// DiplomaticGraph graph = JsonGraphReader.Load("graph.json");
/// </code></example>
internal sealed class JsonGraphReader : IGraphReader
{
    private static readonly DatasetLoading.Syntax Syntax = (text, name, options) => new JsonEvents(text, name, options);

    private JsonGraphReader()
    {
    }

    /// <summary>The reader as an <see cref="IGraphReader"/>, as <see cref="GraphFormats"/> lists it.</summary>
    public static JsonGraphReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "json";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <summary>Loads a JSON file. Quotes are checked against each source's file, resolved next to the JSON file.</summary>
    /// <param name="path">The dataset file.</param>
    /// <param name="options">Limits, sources, progress; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The file is unreadable or invalid.</exception>
    public static DiplomaticGraph Load(string path, GraphReaderOptions? options = null) => DatasetLoading.Files([(path, Syntax)], options);

    /// <summary>Reads JSON from a text reader.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The name errors give for the text (a file name).</param>
    /// <param name="options">Limits, sources, progress; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The text is invalid.</exception>
    public static DiplomaticGraph Read(TextReader reader, string name, GraphReaderOptions? options) => DatasetLoading.Text(Syntax, reader, name, options);

    /// <summary>Reads JSON from a UTF-8 stream.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="name">The name errors give for the text (a file name).</param>
    /// <param name="options">Limits, sources, progress; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The stream is not UTF-8 or is invalid.</exception>
    public static DiplomaticGraph Read(Stream stream, string name, GraphReaderOptions? options) => DatasetLoading.Stream(Syntax, stream, name, options);

    /// <summary>Reads JSON from a string.</summary>
    /// <param name="json">The dataset text.</param>
    /// <param name="name">The name errors give for the text (a file name).</param>
    /// <param name="options">Limits, sources, progress; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The text is invalid.</exception>
    public static DiplomaticGraph Parse(string json, string name = "<json>", GraphReaderOptions? options = null) => DatasetLoading.String(Syntax, json, name, options);

    /// <summary>The event stream over a text, for loading it with other files into one graph.</summary>
    internal static DatasetLoading.Syntax Events => Syntax;

    DiplomaticGraph IGraphReader.Load(string path, GraphReaderOptions? options) => Load(path, options);

    DiplomaticGraph IGraphReader.Read(TextReader reader, string name, GraphReaderOptions? options) => Read(reader, name, options);

    DiplomaticGraph IGraphReader.Read(Stream stream, string name, GraphReaderOptions? options) => Read(stream, name, options);

    DiplomaticGraph IGraphReader.Parse(string text, string name, GraphReaderOptions? options) => Parse(text, name, options);
}
