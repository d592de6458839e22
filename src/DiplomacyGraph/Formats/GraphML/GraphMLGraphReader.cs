using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.GraphML;

/// <summary>
/// Reads GraphML. A file written by <see cref="GraphMLGraphWriter"/> with its default options comes back as an
/// equal graph: every field, every citation, the sources and extension relation types. Plain GraphML from other
/// tools is read as untyped entities and <c>linked</c> relations, each citing the file itself, and the reader
/// says so in a note. The XML reader prohibits DTDs (a DOCTYPE is an error: no entity is expanded and nothing is
/// fetched), resolves nothing and caps the document size; every problem is a <see cref="GraphFormatException"/>
/// with file, line and column.
/// </summary>
/// <example>
/// Write a graph and read it back, then read a file NetworkX wrote:
/// <code>
/// File.WriteAllText("seeds.graphml", GraphMLGraphWriter.WriteToString(Seeds.Load()));
/// DiplomaticGraph again = GraphMLGraphReader.Load("seeds.graphml");
///
/// // networkx.write_graphml(networkx.karate_club_graph(), "karate.graphml")
/// DiplomaticGraph karate = GraphMLGraphReader.Load("karate.graphml", notes: Console.Error.WriteLine);
/// </code>
/// </example>
public static class GraphMLGraphReader
{
    /// <summary>Loads a GraphML file. Quotes are checked against source files found next to it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Size and depth limits; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <param name="notes">Receives what was assumed when the file is plain GraphML from another tool.</param>
    /// <exception cref="GraphFormatException">The file is unreadable, not well-formed, holds a DOCTYPE, or is invalid.</exception>
    public static DiplomaticGraph Load(string path, GraphReaderOptions? options = null, Action<string>? notes = null)
    {
        var limits = options ?? GraphReaderOptions.Default;
        return Read(DocLimits.ReadFile(path, limits), path, new SourceFiles(limits).Beside(path), limits, notes);
    }

    /// <summary>Reads GraphML text.</summary>
    /// <param name="graphml">The text.</param>
    /// <param name="name">The name errors give for the text (a file name).</param>
    /// <param name="sourceFile">Gives a source file's text by the path written in the dataset, or null when it is not there (an error on the source's <c>file</c>). Without it, quotes are not checked.</param>
    /// <param name="options">Size and depth limits; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <param name="notes">Receives what was assumed when the text is plain GraphML from another tool.</param>
    /// <exception cref="GraphFormatException">The text is not well-formed, holds a DOCTYPE, or is invalid.</exception>
    public static DiplomaticGraph Read(
        string graphml,
        string name = "<graphml>",
        Func<string, string?>? sourceFile = null,
        GraphReaderOptions? options = null,
        Action<string>? notes = null) =>
        Read(graphml, name, SourceFileText.From(sourceFile, options), options, notes);

    private static DiplomaticGraph Read(string graphml, string name, Func<string, SourceFileText>? sourceFile, GraphReaderOptions? options, Action<string>? notes)
    {
        ArgumentNullException.ThrowIfNull(graphml);
        var document = GraphMLDocumentParser.Parse(graphml, name, options ?? GraphReaderOptions.Default);
        if (document.GraphValue(GraphMLNames.Format) == DatasetWriter.FormatName && document.GraphValue(GraphMLNames.View) == GraphMLNames.DatasetView)
        {
            return new GraphMLDatasetReader(document).Read(sourceFile);
        }

        var foreign = new GraphMLForeignReader(document);
        var graph = foreign.Read();
        notes?.Invoke(document.GraphValue(GraphMLNames.Format) == DatasetWriter.FormatName
            ? $"{foreign.Note} (It is a DiplomacyGraph view, '{document.GraphValue(GraphMLNames.View)}'; export without --aggregate and --no-meetings to read a dataset back.)"
            : foreign.Note);
        return graph;
    }
}
