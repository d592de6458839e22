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
        return Read(DocLimits.ReadFile(path, limits), path, new SourceFiles(limits).Beside(path), limits);
    }

    /// <summary>Reads JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="name">The name errors give for the text.</param>
    /// <param name="sourceFile">Gives a source file's text by the path written in the dataset, or null when it is not there (an error on the source's <c>file</c>). Without it, quotes are not checked.</param>
    /// <param name="options">Size and depth limits; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The text is invalid.</exception>
    public static DiplomaticGraph Read(string json, string name = "<json>", Func<string, string?>? sourceFile = null, GraphReaderOptions? options = null) =>
        Read(json, name, SourceFileText.From(sourceFile, options), options);

    internal static DiplomaticGraph Read(string json, string name, Func<string, SourceFileText>? sourceFile, GraphReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new DatasetReader();
        reader.Read(JsonDocumentParser.Parse(json, name, options ?? GraphReaderOptions.Default), name, sourceFile);
        return reader.Build();
    }
}
