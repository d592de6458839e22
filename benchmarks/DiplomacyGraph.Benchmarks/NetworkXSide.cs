using System.Diagnostics;
using System.Globalization;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// Our side of <c>benchmarks/compare-networkx.sh</c>: on the script's GraphML file, the median seconds of reading it,
/// writing it, and the shortest paths of fixed random pairs (written to a file, so NetworkX walks the very same pairs).
/// Prints one JSON object; the script prints the table.
/// </summary>
public static class NetworkXSide
{
    /// <summary>How many pairs the path timing walks.</summary>
    public const int Pairs = 100;

    public static void Run(string graphml, string pairsFile, int repeats, TextWriter output)
    {
        var graph = DiplomaticGraph.Load(graphml);
        var pairs = RandomPicks.EntityPairs(graph).Take(Pairs).Select(p => (p.A.Id, p.B.Id)).ToList();
        File.WriteAllLines(pairsFile, pairs.Select(p => $"{p.Item1} {p.Item2}"));
        var written = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pairsFile))!, "dotnet-written.graphml");
        var read = Median(repeats, () => DiplomaticGraph.Load(graphml));
        var floor = Median(repeats, () => LoadTable.XmlNodes(graphml));
        var write = Median(repeats, () =>
        {
            using var writer = new StreamWriter(written);
            GraphMLGraphWriter.Write(graph, writer);
        });
        var paths = Median(repeats, () =>
        {
            foreach (var (a, b) in pairs)
            {
                graph.ShortestPath(a, b);
            }
        });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"read_graphml": {{read:F4}}, "bare_xmlreader": {{floor:F4}}, "write_graphml": {{write:F4}}, "shortest_path": {{paths:F4}}, "nodes": {{graph.Entities.Length}}, "relations": {{graph.Relations.Length}}}"""));
    }

    private static double Median(int repeats, Action action)
    {
        var seconds = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            action();
            seconds.Add(watch.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        return seconds[seconds.Count / 2];
    }
}
