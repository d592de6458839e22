using System.Globalization;
using BenchmarkDotNet.Running;
using DiplomacyGraph.Benchmarks;

// `memory [RELATIONS]` prints resident bytes per relation; `queries [RELATIONS]` times the query benchmarks once with a
// Stopwatch (for 1M relations); `networkx-side GRAPHML PAIRS REPEATS` is our half of
// compare-networkx.sh; `postgres CONNECTION [RELATIONS]` measures the PostgreSQL store; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "memory")
{
    MemoryReport.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000, Console.Out);
    return;
}

if (args.Length > 0 && args[0] == "queries")
{
    QueryTimings.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000, Console.Out);
    return;
}

if (args.Length >= 2 && args[0] == "postgres")
{
    // `postgres CONNECTION [RELATIONS] [--quick]`: the PostgreSQL store targets against that server (it creates and drops its own databases).
    await PostgresTimings.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000, Console.Out, quick: args.Contains("--quick"));
    return;
}

if (args.Length == 4 && args[0] == "networkx-side")
{
    NetworkXSide.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
