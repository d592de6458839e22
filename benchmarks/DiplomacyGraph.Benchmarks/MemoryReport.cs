using System.Diagnostics;
using System.Globalization;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// Resident bytes per relation: the managed heap after a full collection, before and after a graph is made and
/// kept, divided by its relations; and the process's peak working set. Run once per size (it is a measurement,
/// not a benchmark: one large graph, no repetitions).
/// </summary>
public static class MemoryReport
{
    /// <summary>Measures a generated graph and the same graph loaded from JSON, and prints one line each.</summary>
    public static void Run(int relations, TextWriter output)
    {
        var path = BenchmarkCorpus.JsonFile(relations);
        BenchmarkCorpus.Release();
        Measure("generated", relations, output, () => SyntheticGraph.Generate(BenchmarkCorpus.Options(relations)));
        Measure("loaded from JSON", relations, output, () => DiplomaticGraph.Load(path));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
    }

    /// <summary>Prints the bytes the graph made by <paramref name="make"/> keeps alive, per relation, with and without its QuikGraph view.</summary>
    public static void Measure(string label, int relations, TextWriter output, Func<DiplomaticGraph> make)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        // CPU time as well as wall time: on a shared machine the process may get a fraction of a core.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var graph = make();
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        _ = graph.AsQuikGraph().EdgeCount;
        var withView = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(graph);
        var perRelation = (after - before) / (double)relations;
        var perRelationWithView = (withView - before) / (double)relations;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-18} {relations,9:N0} relations in {seconds,6:F1} s ({cpuSeconds,6:F1} s CPU): {perRelation,6:F0} B/relation resident ({(after - before) / 1048576.0:F0} MiB), {perRelationWithView,6:F0} B/relation with AsQuikGraph()"));
    }
}
