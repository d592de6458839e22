using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Tests.Interop;

/// <summary>The graphs the peer checks export: the seeds, and a generated graph of 10,000 relations.</summary>
internal static class PeerGraphs
{
    public const string Seeds = "seeds";
    public const string Synthetic = "synthetic-10000";

    private static readonly Lazy<DiplomaticGraph> Generated =
        new(() => SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 1_000, Relations = 10_000, RandomSeed = 42 }));

    public static IReadOnlyList<string> All { get; } = [Seeds, Synthetic];

    public static TheoryData<string> Names => [.. All];

    /// <summary>Every peer graph with every export whose name starts with <paramref name="exportPrefix"/>.</summary>
    public static TheoryData<string, string> WithExports(string exportPrefix)
    {
        var cases = new TheoryData<string, string>();
        foreach (var graph in All)
        {
            foreach (var export in PeerExport.All.Where(e => e.Name.StartsWith(exportPrefix, StringComparison.Ordinal)))
            {
                cases.Add(graph, export.Name);
            }
        }

        return cases;
    }

    public static DiplomaticGraph Get(string name) => name switch
    {
        Seeds => DiplomacyGraph.Seeds.Load(),
        Synthetic => Generated.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such peer graph."),
    };
}
