using System.Globalization;
using BenchmarkDotNet.Running;
using DiplomacyGraph.Benchmarks;

// `memory [RELATIONS]` prints resident bytes per relation; `queries [RELATIONS]` times the query benchmarks once with a
// Stopwatch (for 1M relations); `loads [RELATIONS…]` prints the loading table (each load next to its bare parser
// floor, validation, memory; 100k and 1M by default); `networkx-side GRAPHML PAIRS REPEATS` is our half of
// compare-networkx.sh; `networkx-queries GRAPHML WORKDIR REPEATS` our half of compare-networkx-queries.sh;
// `postgres CONNECTION [RELATIONS]` measures the PostgreSQL store; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "memory")
{
    MemoryReport.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000, Console.Out);
    return;
}

if (args.Length > 0 && args[0] == "events")
{
    // `events [ROWS]`: GDELT import vs a bare pass of its tab-row reader, and bytes per relation (issue 17).
    EventLoadTable.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000, Console.Out);
    return;
}

if (args.Length == 3 && args[0] == "events-first" && args[2] is "bare" or "import")
{
    // `events-first ROWS bare|import`: one bare pass or one import as the first call of a fresh process (compiling included).
    EventLoadTable.First(int.Parse(args[1], CultureInfo.InvariantCulture), args[2], Console.Out);
    return;
}

if (args.Length > 0 && args[0] == "loads")
{
    LoadTable.Run(args.Length > 1 ? [.. args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [100_000, 1_000_000], Console.Out);
    return;
}

if (args.Length == 3 && args[0] == "load")
{
    // `load FILE N`: loads a file N times, for a profiler to sample (dotnet-trace collect -- … load FILE N).
    for (var i = 0; i < int.Parse(args[2], CultureInfo.InvariantCulture); i++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var graph = DiplomacyGraph.DiplomaticGraph.Load(args[1]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{graph.Relations.Length:N0} relations in {watch.Elapsed.TotalSeconds:F2} s"));
    }

    return;
}

if (args.Length > 0 && args[0] == "queries")
{
    QueryTimings.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000, Console.Out);
    return;
}

if (args.Length >= 2 && args[0] == "postgres")
{
    // `postgres CONNECTION [RELATIONS] [--quick] [--keep NAME] [--only direct|history|neighbourhoods]`: the PostgreSQL store
    // targets against that server (it creates and drops its own databases; with --keep, the pushed one is NAME, pushed once and
    // reused by later runs; --only measures one part).
    var keep = Array.IndexOf(args, "--keep") is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
    var only = Array.IndexOf(args, "--only") is var o and >= 0 && o + 1 < args.Length ? args[o + 1] : null;
    await PostgresTimings.RunAsync(args[1], args.Length > 2 && args[2].All(char.IsAsciiDigit) ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000, Console.Out,
        quick: args.Contains("--quick"), keep: keep, only: only);
    return;
}

if (args.Length == 4 && args[0] == "networkx-side")
{
    NetworkXSide.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), Console.Out);
    return;
}

if (args.Length == 4 && args[0] == "networkx-queries")
{
    NetworkXQueries.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), Console.Out);
    return;
}

if (args.Length >= 3 && args[0] == "query-probe")
{
    // `query-probe GRAPHML dump|time|earliest|earliest-check [LOOPS]`: canonical answers to diff before and after a change, CPU µs per call, per
    // EarliestArrival pair, or EarliestArrival's label index against the search.
    QueryProbe.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10, Console.Out);
    return;
}

if (args.Length == 2 && args[0] == "history-probe")
{
    HistoryProbe.Run(args[1], Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
