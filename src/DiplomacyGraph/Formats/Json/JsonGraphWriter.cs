using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Json;

/// <summary>Writes the lossless JSON interchange format: every field of every element; <see cref="JsonGraphReader"/> reads it back to an equal graph.</summary>
/// <example><code>
/// File.WriteAllText("graph.json", JsonGraphWriter.WriteToString(graph));
/// </code></example>
public static class JsonGraphWriter
{
    /// <summary>Writes the graph as indented JSON.</summary>
    public static void Write(DiplomaticGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        JsonDocumentEmitter.Emit(DatasetWriter.Write(graph, withFormatName: true), writer);
    }

    /// <summary>The graph as JSON text.</summary>
    public static string WriteToString(DiplomaticGraph graph)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(graph, writer);
        return writer.ToString();
    }
}
