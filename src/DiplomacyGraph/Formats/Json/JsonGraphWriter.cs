using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Json;

/// <summary>Writes the lossless JSON interchange format: every field of every element; <see cref="JsonGraphReader"/> reads it back to an equal graph.</summary>
/// <example><code>
/// File.WriteAllText("graph.json", JsonGraphWriter.WriteToString(graph));
/// </code></example>
internal sealed class JsonGraphWriter : IGraphWriter
{
    private JsonGraphWriter()
    {
    }

    /// <summary>The writer as an <see cref="IGraphWriter"/> with its default options, as <see cref="GraphFormats"/> lists it.</summary>
    public static JsonGraphWriter Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "json";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <summary>Writes the graph as indented JSON.</summary>
    public static void Write(DiplomaticGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        JsonDocumentEmitter.Emit(DatasetWriter.Write(graph, withFormatName: true), writer);
    }

    /// <summary>The graph as JSON text.</summary>
    public static string WriteToString(DiplomaticGraph graph) => WrittenText.Of(w => Write(graph, w));

    void IGraphWriter.Write(DiplomaticGraph graph, TextWriter writer) => Write(graph, writer);
}
