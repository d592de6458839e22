using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// A reader of one coded-event dataset's files (<see cref="IcewsGraphReader"/>, <see cref="GdeltGraphReader"/>) as a graph
/// of coded events, with the default <see cref="EventImportOptions"/> (every row a relation; a bad row fails the load).
/// <see cref="EventImport"/> gives the other options and the import report.
/// </summary>
public abstract class EventGraphReader : IGraphReader
{
    private protected EventGraphReader(EventDataset dataset, IReadOnlyList<string> extensions)
    {
        Dataset = dataset;
        Extensions = extensions;
    }

    /// <summary>The dataset whose files it reads.</summary>
    public EventDataset Dataset { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; }

    /// <inheritdoc/>
    public DiplomaticGraph Load(string path, GraphReaderOptions? options) =>
        Report(EventImport.Load(Dataset, [path], new EventImportOptions { Reading = options }), options);

    /// <inheritdoc/>
    public DiplomaticGraph Read(TextReader reader, string name, GraphReaderOptions? options) =>
        Report(EventImport.Read(Dataset, reader, name, new EventImportOptions { Reading = options }), options);

    /// <inheritdoc/>
    public DiplomaticGraph Read(Stream stream, string name, GraphReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new Utf8FileReader(stream, name, options ?? GraphReaderOptions.Default, leaveOpen: true);
        return Read(text, name, options);
    }

    /// <inheritdoc/>
    public DiplomaticGraph Parse(string text, string name, GraphReaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(new StringReader(text), name, options);
    }

    private static DiplomaticGraph Report(EventImportResult result, GraphReaderOptions? options)
    {
        options?.Notes?.Invoke($"events: {result.Report.ToString().Replace(Environment.NewLine, "; ", StringComparison.Ordinal)}");
        return result.Graph;
    }
}
