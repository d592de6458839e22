using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// Reads ICEWS event files as Harvard Dataverse publishes them (<c>.tab</c>, <c>.tsv</c>: tab-separated, one header row of 20 named columns) as a graph of coded events, with the default <see cref="EventImportOptions"/> (every row a relation; a
/// bad row fails the load). <see cref="EventImport"/> gives the other options and the import report; through
/// <see cref="GraphFormats"/>, an event file's dataset is told by its first row, whatever its extension.
/// </summary>
public sealed class IcewsGraphReader : IGraphReader
{
    private IcewsGraphReader()
    {
    }

    /// <summary>The reader.</summary>
    public static IcewsGraphReader Instance { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".tab", ".tsv"];

    /// <inheritdoc/>
    public DiplomaticGraph Load(string path, GraphReaderOptions? options) =>
        Report(EventImport.Load(EventDataset.Icews, [path], new EventImportOptions { Reading = options }), options);

    /// <inheritdoc/>
    public DiplomaticGraph Read(TextReader reader, string name, GraphReaderOptions? options) =>
        Report(EventImport.Read(EventDataset.Icews, reader, name, new EventImportOptions { Reading = options }), options);

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
