using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Json;

/// <summary>
/// Loads the lossless JSON interchange format written by <see cref="JsonGraphWriter"/> (same shape as the
/// YAML format). Returns a whole valid graph or throws <see cref="GraphFormatException"/> with line and column.
/// </summary>
/// <example><code>
/// DiplomaticGraph graph = JsonGraphReader.Load("graph.json");
/// </code></example>
public static class JsonGraphReader
{
    /// <summary>Loads a JSON file. Quotes are checked against source files found next to it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Size and depth limits; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The file is unreadable or invalid.</exception>
    public static DiplomaticGraph Load(string path, GraphReaderOptions? options = null)
    {
        var limits = options ?? GraphReaderOptions.Default;
        return Read(DocLimits.ReadFile(path, limits), path, DocLimits.SourcesBeside(path, limits), limits);
    }

    /// <summary>Reads JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="name">The name errors give for the text.</param>
    /// <param name="sourceFile">Gives a source file's text by the path written in the dataset, or null when absent.</param>
    /// <param name="options">Size and depth limits; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The text is invalid.</exception>
    public static DiplomaticGraph Read(string json, string name = "<json>", Func<string, string?>? sourceFile = null, GraphReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new DatasetReader();
        reader.Read(JsonDocumentParser.Parse(json, name, options ?? GraphReaderOptions.Default), name, sourceFile);
        return reader.Build();
    }
}
