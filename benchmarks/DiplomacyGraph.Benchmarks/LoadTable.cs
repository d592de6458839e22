using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Queries;
using Newtonsoft.Json;
using YamlDotNet.Core;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// <c>loads [RELATIONS…]</c>: the loading targets of issue 13 measured side by side on the same files, in one run — each
/// load next to its floor (a bare parser pass that only reads every token, event or node of the same file), validation
/// and indexing next to the JSON load, and resident and peak memory — printed as one Markdown table with ratios.
/// Medians of three runs below 1M relations, one run at 1M (a measurement, not a BenchmarkDotNet benchmark); times are
/// CPU seconds of the process, wall seconds printed beside them.
/// </summary>
public static class LoadTable
{
    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true, IgnoreWhitespace = true,
    };

    /// <summary>No size limit: a 1M-relation GraphML file is larger than the default 512 MiB.</summary>
    private static readonly GraphReaderOptions Unlimited = new() { MaxDocumentSize = long.MaxValue };

    public static void Run(IReadOnlyList<int> sizes, TextWriter output)
    {
        var columns = sizes.Select(size => Measure(size, output)).ToList();
        output.WriteLine();
        output.WriteLine($"| measure | {string.Join(" | ", sizes.Select(s => s.ToString("N0", CultureInfo.InvariantCulture) + " relations"))} | target |");
        output.WriteLine($"| --- | {string.Join(" | ", sizes.Select(_ => "---:"))} | --- |");
        foreach (var row in columns[0].Keys)
        {
            output.WriteLine($"| {row} | {string.Join(" | ", columns.Select(c => c[row].Text))} | {columns[0][row].Target} |");
        }
    }

    private static Dictionary<string, (string Text, string Target)> Measure(int relations, TextWriter output)
    {
        var json = BenchmarkCorpus.JsonFile(relations);
        var yaml = BenchmarkCorpus.YamlFile(relations);
        var graphml = BenchmarkCorpus.File(relations, "graphml", (g, w) => GraphMLGraphWriter.Write(g, w));
        BenchmarkCorpus.Release();
        var repeats = relations >= 1_000_000 ? 1 : 3;
        double wall = 0;
        void Note(string what, double seconds) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{relations,9:N0} {what,-28} {seconds,8:F2} s CPU {wall,8:F2} s wall"));

        var jsonFloor = CpuMedian.Of(repeats, () => JsonTokens(json), out wall);
        Note("bare JsonTextReader", jsonFloor);
        var jsonLoad = CpuMedian.Of(repeats, () => DiplomaticGraph.Load([json], Unlimited), out wall);
        Note("JSON load", jsonLoad);
        var yamlFloor = CpuMedian.Of(repeats, () => YamlEvents(yaml), out wall);
        Note("bare YamlDotNet Parser", yamlFloor);
        var yamlLoad = CpuMedian.Of(repeats, () => DiplomaticGraph.Load([yaml], Unlimited), out wall);
        Note("YAML load", yamlLoad);
        var xmlFloor = CpuMedian.Of(repeats, () => XmlNodes(graphml), out wall);
        Note("bare XmlReader", xmlFloor);
        var graphmlLoad = CpuMedian.Of(repeats, () => DiplomaticGraph.Load([graphml], Unlimited), out wall);
        Note("GraphML read", graphmlLoad);

        var loaded = DiplomaticGraph.Load([json], Unlimited);
        var build = CpuMedian.Of(repeats, () => GraphBuilder.From(loaded).Build(), out wall);
        Note("validation + indexing", build);
        loaded = null;

        var (resident, peak) = Resident(() => DiplomaticGraph.Load([json], Unlimited), out var graph);
        var afterQueries = AfterQueries(graph!, resident);
        GC.KeepAlive(graph);
        return new()
        {
            ["JSON load / bare JsonTextReader"] = (Ratio(jsonLoad, jsonFloor), "≤ 2.0×"),
            ["YAML load / bare YamlDotNet Parser"] = (Ratio(yamlLoad, yamlFloor), "≤ 2.0×"),
            ["GraphML read / bare XmlReader"] = (Ratio(graphmlLoad, xmlFloor), "≤ 2.0×"),
            ["validation + indexing / JSON load"] = (string.Create(CultureInfo.InvariantCulture, $"{build / jsonLoad * 100:F0}% ({build:F2} s of {jsonLoad:F2} s CPU)"), "≤ 25%"),
            ["resident after load"] = (string.Create(CultureInfo.InvariantCulture, $"{resident / (double)relations:F0} B/relation"), "≤ 400 B/relation"),
            ["resident after History + ShortestPath + EarliestArrival"] = (string.Create(CultureInfo.InvariantCulture, $"{afterQueries / (double)relations:F0} B/relation"), "≤ 400 B/relation"),
            ["peak managed heap during load / final"] = (string.Create(CultureInfo.InvariantCulture, $"{peak / (double)resident:F2}×"), "≤ 3×"),
        };
    }

    private static string Ratio(double load, double floor) =>
        string.Create(CultureInfo.InvariantCulture, $"{load / floor:F2}× ({load:F2} s / {floor:F2} s CPU)");

    /// <summary>Reads every token and its value, nothing else.</summary>
    public static long JsonTokens(string path)
    {
        using var text = new StreamReader(path, Encoding.UTF8);
        using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        var count = 0L;
        while (reader.Read())
        {
            count += reader.Value is null ? 0 : 1;
        }

        return count;
    }

    /// <summary>Reads every YAML event, nothing else.</summary>
    public static long YamlEvents(string path)
    {
        using var text = new StreamReader(path, Encoding.UTF8);
        var parser = new Parser(text);
        var count = 0L;
        while (parser.MoveNext())
        {
            count++;
        }

        return count;
    }

    /// <summary>Reads every XML node and text value, nothing else.</summary>
    public static long XmlNodes(string path)
    {
        using var reader = XmlReader.Create(path, XmlSettings);
        var count = 0L;
        while (reader.Read())
        {
            count += reader.NodeType == XmlNodeType.Text ? reader.Value.Length : 1;
        }

        return count;
    }

    /// <summary>The managed bytes the made graph keeps, and the highest managed heap seen while making it (both above the heap before).</summary>
    private static (long Resident, long Peak) Resident(Func<DiplomaticGraph> make, out DiplomaticGraph? graph)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false) - before);
                Thread.Sleep(5);
            }
        });
        graph = make();
        stop.Cancel();
        sampler.Wait();
        var resident = GC.GetTotalMemory(forceFullCollection: true) - before;
        return (resident, Math.Max(peak, resident));
    }

    /// <summary>The bytes kept once the lazily built search structures exist (one History, ShortestPath and EarliestArrival).</summary>
    private static long AfterQueries(DiplomaticGraph graph, long resident)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var pair = RandomPicks.EntityPairs(graph).First();
        graph.History(pair.A.Id, pair.B.Id);
        graph.ShortestPath(pair.A.Id, pair.B.Id);
        graph.EarliestArrival(pair.A.Id, pair.B.Id, new DateOnly(2000, 1, 1));
        return resident + (GC.GetTotalMemory(forceFullCollection: true) - before);
    }
}
