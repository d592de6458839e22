using System.Globalization;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The relation counts a benchmark runs at: 10k, 100k and 1M, or fewer when <c>DIPGRAPH_BENCH_MAX</c> caps them
/// (the variable reaches BenchmarkDotNet's child processes), so a quick run can leave out the slow 1M cases.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>Every size up to the cap.</summary>
    public static IEnumerable<int> All => Capped(10_000, 100_000, 1_000_000);

    /// <summary>Sizes for YAML, too slow to repeat at 1M within a bounded run.</summary>
    public static IEnumerable<int> UpTo100K => Capped(10_000, 100_000);

    private static IEnumerable<int> Capped(params int[] sizes)
    {
        var cap = int.TryParse(Environment.GetEnvironmentVariable("DIPGRAPH_BENCH_MAX"), NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? max : int.MaxValue;
        return sizes.Where(s => s <= cap);
    }
}
