using System.Diagnostics;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The CPU seconds of the process (all threads, so garbage collection counts) per pass of an action, round by round: each round
/// collects garbage first, then runs the action a number of passes. On a shared machine wall time mostly measures the wait for a core.
/// </summary>
internal static class CpuRounds
{
    /// <summary>The CPU seconds per pass of each round, in the order run.</summary>
    public static List<double> PerPass(int rounds, int passes, Action action)
    {
        var seconds = new List<double>(rounds);
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            process.Refresh();
            var before = process.TotalProcessorTime;
            for (var pass = 0; pass < passes; pass++)
            {
                action();
            }

            process.Refresh();
            seconds.Add((process.TotalProcessorTime - before).TotalSeconds / passes);
        }

        return seconds;
    }
}
