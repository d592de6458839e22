namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// Reads ICEWS event files as Harvard Dataverse publishes them (<c>.tab</c>, <c>.tsv</c>: tab-separated, one header row of 20 named columns) as a graph of coded events, with the default <see cref="EventImportOptions"/> (every row a relation; a
/// bad row fails the load). <see cref="EventImport"/> gives the other options and the import report; through
/// <see cref="GraphFormats"/>, an event file's dataset is told by its first row, whatever its extension.
/// </summary>
public sealed class IcewsGraphReader : EventGraphReader
{
    private IcewsGraphReader()
        : base(EventDataset.Icews, [".tab", ".tsv"])
    {
    }

    /// <summary>The reader.</summary>
    public static IcewsGraphReader Instance { get; } = new();
}
