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
/// DiplomaticGraph karate = GraphMLGraphReader.Load("karate.graphml", new GraphReaderOptions { Notes = Console.Error.WriteLine });
/// </code>
/// </example>
internal sealed class GraphMLGraphReader : IGraphReader
{
    private GraphMLGraphReader()
    {
    }

    /// <summary>The reader as an <see cref="IGraphReader"/>, as <see cref="GraphFormats"/> lists it.</summary>
    public static GraphMLGraphReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "graphml";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".graphml"];

    /// <summary>Loads a GraphML file, streaming it. Quotes are checked against source files found next to it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits, sources, notes (what was assumed for plain GraphML); <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The file is unreadable, not well-formed, holds a DOCTYPE, or is invalid.</exception>
    public static DiplomaticGraph Load(string path, GraphReaderOptions? options = null)
    {
        var limits = options ?? GraphReaderOptions.Default;
        limits = limits with { SourceReader = SourceFileText.For(limits, path) };
        using var text = Utf8FileReader.Open(path, limits);
        text.Progress = limits.Progress is { } progress ? (done, total) => progress.Report(new GraphProgress(done, total)) : null;
        return Read(text, path, () => StrictUtf8.ReadFile(path, limits), limits);
    }

    /// <summary>Reads GraphML from a text reader.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The name errors give for the text (a file name).</param>
    /// <param name="options">Limits, sources, notes; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The text is not well-formed, holds a DOCTYPE, or is invalid.</exception>
    public static DiplomaticGraph Read(TextReader reader, string name, GraphReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var limits = options ?? GraphReaderOptions.Default;
        return Stream(new LimitedReader(reader, name, limits), name, limits);
    }

    /// <summary>Reads GraphML from a UTF-8 stream.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="name">The name errors give for the text (a file name).</param>
    /// <param name="options">Limits, sources, notes; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The stream is not UTF-8, not well-formed, or invalid.</exception>
    public static DiplomaticGraph Read(Stream stream, string name, GraphReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var limits = options ?? GraphReaderOptions.Default;
        using var text = new Utf8FileReader(stream, name, limits, leaveOpen: true);
        return Stream(text, name, limits);
    }

    /// <summary>Reads GraphML from a string.</summary>
    /// <param name="graphml">The text.</param>
    /// <param name="name">The name errors give for the text (a file name).</param>
    /// <param name="options">Limits, sources, notes; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <exception cref="GraphFormatException">The text is not well-formed, holds a DOCTYPE, or is invalid.</exception>
    public static DiplomaticGraph Parse(string graphml, string name = "<graphml>", GraphReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graphml);
        var limits = options ?? GraphReaderOptions.Default;
        ReaderLimits.CheckSize(graphml.Length, name, limits);
        return Read(new StringReader(graphml), name, () => graphml, limits);
    }

    /// <summary>Streams a text that can be read only once, keeping it only as long as the file may be plain GraphML.</summary>
    private static DiplomaticGraph Stream(TextReader text, string name, GraphReaderOptions options)
    {
        using var recording = new RecordingReader(text);
        return Read(recording, name, () => recording.WholeText()!, options, recording.Stop);
    }

    /// <summary>
    /// Streams the text into the dataset mapping when the graph data say it is one of our dataset files, or into
    /// the plain-GraphML reader otherwise (which needs the whole text again: every relation quotes its edge's tag).
    /// </summary>
    private static DiplomaticGraph Read(TextReader text, string name, Func<string> wholeText, GraphReaderOptions options, Action? datasetChosen = null)
    {
        GraphMLRoundTripReader? dataset = null;
        GraphMLForeignToolReader? foreign = null;
        GraphMLHeader? seen = null;
        GraphMLStream.Parse(text, name, () => wholeText(), options, header =>
        {
            seen = header;
            if (header.GraphValue(GraphMLNames.Format) == DatasetWriter.FormatName && header.GraphValue(GraphMLNames.View) == GraphMLNames.DatasetView)
            {
                datasetChosen?.Invoke();
                return dataset = new GraphMLRoundTripReader(header, SourceFileText.For(options));
            }

            return foreign = new GraphMLForeignToolReader(header);
        });
        if (dataset is not null)
        {
            return dataset.Build();
        }

        var graph = foreign!.Read(wholeText());
        options.Notes?.Invoke(seen!.GraphValue(GraphMLNames.Format) == DatasetWriter.FormatName
            ? $"{foreign.Note} (It is a DiplomacyGraph view, '{seen.GraphValue(GraphMLNames.View)}'; export without --aggregate and --no-meetings to read a dataset back.)"
            : foreign.Note);
        return graph;
    }

    DiplomaticGraph IGraphReader.Load(string path, GraphReaderOptions? options) => Load(path, options);

    DiplomaticGraph IGraphReader.Read(TextReader reader, string name, GraphReaderOptions? options) => Read(reader, name, options);

    DiplomaticGraph IGraphReader.Read(Stream stream, string name, GraphReaderOptions? options) => Read(stream, name, options);

    DiplomaticGraph IGraphReader.Parse(string text, string name, GraphReaderOptions? options) => Parse(text, name, options);
}
