namespace DiplomacyGraph.Formats;

/// <summary>
/// A format that reads graphs. Every reader gives the same overloads (files, a text reader, a stream, a string) and
/// takes the same <see cref="GraphReaderOptions"/>; a load returns a whole valid graph or throws
/// <see cref="GraphFormatException"/> with file, line, column and field. <see cref="GraphFormats"/> picks one by extension.
/// </summary>
public interface IGraphReader
{
    /// <summary>The file extensions it claims, with the dot, lower case (<c>.yaml</c>, <c>.yml</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Loads a file; source texts are read beside it unless <see cref="GraphReaderOptions.SourceFiles"/> says otherwise.</summary>
    /// <exception cref="GraphFormatException">The file is unreadable or invalid.</exception>
    DiplomaticGraph Load(string path, GraphReaderOptions? options);

    /// <summary>Reads a text, named <paramref name="name"/> in errors.</summary>
    /// <exception cref="GraphFormatException">The text is invalid.</exception>
    DiplomaticGraph Read(TextReader reader, string name, GraphReaderOptions? options);

    /// <summary>Reads a UTF-8 byte stream, named <paramref name="name"/> in errors.</summary>
    /// <exception cref="GraphFormatException">The stream is not UTF-8 or is invalid.</exception>
    DiplomaticGraph Read(Stream stream, string name, GraphReaderOptions? options);

    /// <summary>Reads a string, named <paramref name="name"/> in errors.</summary>
    /// <exception cref="GraphFormatException">The text is invalid.</exception>
    DiplomaticGraph Parse(string text, string name, GraphReaderOptions? options);
}
