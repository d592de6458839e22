using System.Diagnostics;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The median CPU seconds of the process (all threads, so the collector's work counts) over the repeats: on a shared machine
/// wall time mostly measures the other users, CPU time what this code costs. The same run's wall seconds come with it.
/// </summary>
internal static class CpuMedian
{
    public static double Of(int repeats, Func<object?> action, out double wall)
    {
        var seconds = new List<(double Cpu, double Wall)>();
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            seconds.Add(((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, watch.Elapsed.TotalSeconds));
        }

        seconds.Sort();
        wall = seconds[seconds.Count / 2].Wall;
        return seconds[seconds.Count / 2].Cpu;
    }
}
