namespace DiplomacyGraph.Formats.Events;

/// <summary>The coded-event datasets the library imports.</summary>
public enum EventDataset
{
    /// <summary>ICEWS, as Harvard Dataverse publishes it: tab-separated with a header row of 20 named columns.</summary>
    Icews,

    /// <summary>GDELT events, tab-separated without a header: 2.0 export (61 columns), 1.0 daily (58) or historical (57); plain or zipped.</summary>
    Gdelt,
}
