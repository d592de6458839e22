using System.Globalization;
using BenchmarkDotNet.Running;
using DiplomacyGraph.Benchmarks;

// `memory [RELATIONS]` prints resident bytes per relation; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "memory")
{
    MemoryReport.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000, Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
