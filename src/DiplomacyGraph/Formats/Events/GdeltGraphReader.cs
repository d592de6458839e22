namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// Reads GDELT event files (<c>.csv</c> as GDELT 2.0 names its exports, or the <c>.zip</c> it publishes them in; tab-separated, no header; 61, 58 or 57 columns) as a graph of coded events, with the default <see cref="EventImportOptions"/> (every row a relation; a
/// bad row fails the load). <see cref="EventImport"/> gives the other options and the import report; through
/// <see cref="GraphFormats"/>, an event file's dataset is told by its first row, whatever its extension.
/// </summary>
public sealed class GdeltGraphReader : EventGraphReader
{
    private GdeltGraphReader()
        : base(EventDataset.Gdelt, [".csv", ".zip"])
    {
    }

    /// <summary>The reader.</summary>
    public static GdeltGraphReader Instance { get; } = new();
}
