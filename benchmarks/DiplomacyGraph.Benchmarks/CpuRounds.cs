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
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var before = ProcessCpuClock.Seconds();
            for (var pass = 0; pass < passes; pass++)
            {
                action();
            }

            seconds.Add((ProcessCpuClock.Seconds() - before) / passes);
        }

        return seconds;
    }

    /// <summary>
    /// Runs the action until the JIT has settled — at least <paramref name="minimum"/> passes and <paramref name="warmUp"/> of wall
    /// time (the runtime promotes a hot method to optimized code only after a quiet 100 ms, then compiles it in the background,
    /// and that compilation counts as the process's CPU time) — and returns how many passes make a round of about
    /// <paramref name="round"/> CPU time, at least <paramref name="minimum"/>.
    /// </summary>
    public static int WarmUp(Action action, int minimum, TimeSpan warmUp, TimeSpan round)
    {
        var wall = Stopwatch.StartNew();
        var passes = 0;
        var cpu = 0.0;
        while (passes < minimum || wall.Elapsed < warmUp)
        {
            var before = ProcessCpuClock.Seconds();
            action();
            cpu = ProcessCpuClock.Seconds() - before; // the last pass: the code as it runs once settled
            passes++;
        }

        return (int)Math.Clamp(Math.Ceiling(round.TotalSeconds / Math.Max(cpu, 1e-9)), minimum, 1_000_000);
    }
}
