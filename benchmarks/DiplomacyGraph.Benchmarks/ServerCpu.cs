namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The CPU time used so far by the PostgreSQL backends serving one database on this machine (user + system, from
/// <c>/proc/PID/stat</c> of the processes named <c>postgres</c> whose title names the database), or null where that cannot be
/// read (not Linux, or a server on another machine).
/// </summary>
internal static class ServerCpu
{
    public static TimeSpan? Read(string database)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc"))
        {
            return null;
        }

        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!int.TryParse(Path.GetFileName(dir), out _) || File.ReadAllText(Path.Combine(dir, "comm")).Trim() != "postgres"
                    || !File.ReadAllText(Path.Combine(dir, "cmdline")).Contains($" {database} ", StringComparison.Ordinal))
                {
                    continue;
                }

                // Fields after the command (which is in parentheses and may hold spaces): utime and stime are the 14th and 15th.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // A process that ended while being read, or one we may not see.
            }
        }

        // Clock ticks are 100 per second on Linux (USER_HZ).
        return ticks == 0 ? null : TimeSpan.FromMilliseconds(ticks * 10.0);
    }
}
