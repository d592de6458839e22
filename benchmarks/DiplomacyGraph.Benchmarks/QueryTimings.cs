using System.Diagnostics;
using System.Globalization;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The query benchmarks timed once with a Stopwatch at a size where BenchmarkDotNet's repetitions would not fit the time
/// bound (1M relations): the same methods, picks and baseline. First, what the lazily built search structures cost
/// (time of the first call, managed memory they keep per relation); then the mean per call of each method.
/// </summary>
public static class QueryTimings
{
    /// <summary>Generates the graph with <paramref name="relations"/> relations and prints one line per measurement.</summary>
    public static void Run(int relations, TextWriter output)
    {
        void Line(string text) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{relations:N0} relations: {text}"));
        var empty = GC.GetTotalMemory(forceFullCollection: true);
        var graph = BenchmarkCorpus.Graph(relations);
        Line($"generated graph keeps {(GC.GetTotalMemory(forceFullCollection: true) - empty) / (double)relations:F0} B/relation");
        var paths = new PathBenchmarks { Relations = relations };
        paths.Setup();
        var queries = new QueryBenchmarks { Relations = relations };
        queries.Setup();

        Lazily("attendance index (first History)", () => queries.History());
        Lazily("int topology (first ShortestPath)", () => paths.ShortestPath());
        Lazily("time-respecting adjacency (first EarliestArrival)", () => paths.EarliestArrival());

        var baseline = Mean(32, () => paths.RawQuikGraph());
        Line($"QuikGraph BFS on an int graph (baseline, 32 pairs): {baseline,12:N1} µs  1.00");
        var shortest = Mean(32, () => paths.ShortestPath());
        Line($"ShortestPath (32 pairs):                          {shortest,12:N1} µs  {shortest / baseline:F2}");
        var earliest = Mean(16, () => paths.EarliestArrival());
        Line($"EarliestArrival (16 pairs):                       {earliest,12:N1} µs  {earliest / baseline:F2}");
        Line($"History of a related pair (2,560 calls):          {Mean(2560, () => queries.History()),12:N2} µs");
        Line($"RelationsBetween (25,600 calls):                  {Mean(25600, () => queries.RelationsBetween()),12:N3} µs");

        void Lazily(string what, Action first)
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var watch = Stopwatch.StartNew();
            first();
            var seconds = watch.Elapsed.TotalSeconds;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Line($"{what}: built in {seconds:F2} s, keeps {(after - before) / (double)relations:F0} B/relation");
        }

        GC.KeepAlive(graph);
    }

    private static double Mean(int calls, Func<object> call)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            GC.KeepAlive(call());
        }

        return watch.Elapsed.TotalMicroseconds / calls;
    }
}
