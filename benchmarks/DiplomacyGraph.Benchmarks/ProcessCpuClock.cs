using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The CPU time of the whole process (all threads), read as precisely as the system allows: on Linux the kernel's
/// <c>CLOCK_PROCESS_CPUTIME_ID</c> (nanoseconds, the clock Python's <c>time.process_time</c> reads), elsewhere
/// <see cref="Process.TotalProcessorTime"/>. On Linux the latter counts whole clock ticks (10 ms), too coarse for a round of a
/// few tens of milliseconds.
/// </summary>
internal static partial class ProcessCpuClock
{
    private const int ProcessCpuTimeClock = 2; // CLOCK_PROCESS_CPUTIME_ID

    /// <summary>The process's CPU seconds so far.</summary>
    public static double Seconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ProcessCpuTimeClock, out var now) == 0)
        {
            return now.Seconds + now.Nanoseconds * 1e-9;
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
