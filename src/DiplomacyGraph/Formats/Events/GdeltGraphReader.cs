using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// Reads GDELT event files (<c>.csv</c> as GDELT 2.0 names its exports, or the <c>.zip</c> it publishes them in; tab-separated, no header; 61, 58 or 57 columns) as a graph of coded events, with the default <see cref="EventImportOptions"/> (every row a relation; a
/// bad row fails the load). <see cref="EventImport"/> gives the other options and the import report; through
/// <see cref="GraphFormats"/>, an event file's dataset is told by its first row, whatever its extension.
/// </summary>
public sealed class GdeltGraphReader : IGraphReader
{
    private GdeltGraphReader()
    {
    }

    /// <summary>The reader.</summary>
    public static GdeltGraphReader Instance { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".csv", ".zip"];

    /// <inheritdoc/>
    public DiplomaticGraph Load(string path, GraphReaderOptions? options) =>
        Report(EventImport.Load(EventDataset.Gdelt, [path], new EventImportOptions { Reading = options }), options);

    /// <inheritdoc/>
    public DiplomaticGraph Read(TextReader reader, string name, GraphReaderOptions? options) =>
        Report(EventImport.Read(EventDataset.Gdelt, reader, name, new EventImportOptions { Reading = options }), options);

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
