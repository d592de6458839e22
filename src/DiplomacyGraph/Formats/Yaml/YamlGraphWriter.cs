using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Yaml;

/// <summary>Writes a graph in the YAML authoring format; <see cref="YamlGraphReader"/> reads it back to an equal graph.</summary>
/// <example><code>
/// using var file = File.CreateText("out.yaml");
/// YamlGraphWriter.Write(graph, file);
/// </code></example>
internal sealed class YamlGraphWriter : IGraphWriter
{
    private YamlGraphWriter()
    {
    }

    /// <summary>The writer as an <see cref="IGraphWriter"/> with its default options, as <see cref="GraphFormats"/> lists it.</summary>
    public static YamlGraphWriter Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "yaml";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml"];

    /// <summary>Writes the graph as YAML.</summary>
    public static void Write(DiplomaticGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        YamlDocumentEmitter.Emit(DatasetWriter.Write(graph, withFormatName: false), writer);
    }

    /// <summary>The graph as YAML text.</summary>
    public static string WriteToString(DiplomaticGraph graph) => WrittenText.Of(w => Write(graph, w));

    void IGraphWriter.Write(DiplomaticGraph graph, TextWriter writer) => Write(graph, writer);
}
