using DiplomacyGraph.Formats.Events;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Formats.Events;

/// <summary>The event fixtures (copies of the shared samples, Fixtures/events/README.md) and helpers over imported graphs.</summary>
internal static class EventFixtures
{
    public static string Icews => Fixture.Path("events", "icews-2018-06-01-02.tab");

    public static string Gdelt1 => Fixture.Path("events", "gdelt1-events-2016-07-28.tsv");

    public static string Gdelt2 => Fixture.Path("events", "gdelt2-export-3-rows.csv");

    public static readonly Lazy<EventImportResult> IcewsImport = new(() => EventImport.Load(EventDataset.Icews, [Icews]));

    public static readonly Lazy<EventImportResult> GdeltImport = new(() => EventImport.Load(EventDataset.Gdelt, [Gdelt1]));

    /// <summary>The relations that are events (they carry a CAMEO code), not the offices and memberships the import derives.</summary>
    public static IEnumerable<Relation> Events(DiplomaticGraph graph) => graph.Relations.Where(r => r.Attributes.ContainsKey("cameo"));

    public static Dictionary<string, int> PerRoot(IEnumerable<Relation> relations) =>
        relations.GroupBy(r => r.Attributes["cameo"][..2]).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Writes rows to a temporary file and returns its path.</summary>
    public static string Temp(string text, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dipgraph-events-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }
}
