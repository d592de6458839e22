using Xunit.Abstractions;
using System.Diagnostics;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>
/// A PostgreSQL cluster of a test's own (eng/postgres-cluster.sh), for what the shared server must not suffer: a crash in the
/// middle of a push, a streaming replica. Stopped and removed on dispose.
/// </summary>
internal sealed class PrivateCluster : IDisposable
{
    private readonly List<string> directories = [];

    private PrivateCluster(string directory, string connectionString)
    {
        directories.Add(directory);
        Directory = directory;
        ConnectionString = connectionString;
    }

    public string Directory { get; }

    public string ConnectionString { get; }

    public int Port => new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString).Port;

    /// <summary>The cluster script, or null (skip, after saying why) when this machine has no PostgreSQL server binaries outside CI.</summary>
    public static string? Script(ITestOutputHelper output)
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "DiplomacyGraph.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        var script = root is null ? null : Path.Combine(root, "eng", "postgres-cluster.sh");
        var binaries = System.IO.Directory.Exists("/usr/lib/postgresql") && System.IO.Directory.GetDirectories("/usr/lib/postgresql").Length > 0;
        if (script is not null && File.Exists(script) && binaries)
        {
            return script;
        }

        Assert.False(TestServer.InCi, "CI=true but the PostgreSQL server binaries or eng/postgres-cluster.sh are missing (.ci/run installs postgresql-15).");
        output.WriteLine("SKIPPED: no PostgreSQL server binaries (apt-get install postgresql-15), so this private-cluster test did not run.");
        return null;
    }

    public static PrivateCluster Start(string script)
    {
        var directory = Temporary();
        return new PrivateCluster(directory, Run(script, "start", directory));
    }

    /// <summary>Starts a streaming replica of this cluster; returns its connection string.</summary>
    public string StartReplica(string script)
    {
        var directory = Temporary();
        directories.Add(directory);
        return Run(script, "replica", directory, Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Crash(string script) => Run(script, "crash", Directory);

    public void Resume(string script) => Run(script, "resume", Directory);

    public void Dispose()
    {
        var script = Script(new NullOutput())!;
        foreach (var directory in Enumerable.Reverse(directories))
        {
            Run(script, "stop", directory);
        }
    }

    private static string Temporary() => Path.Combine(Path.GetTempPath(), "dipgraph-pg-test-" + Guid.NewGuid().ToString("N")[..12]);

    private static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A bound so that a hung server cannot hang the suite; it is not a timing assertion.
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"postgres-cluster.sh {string.Join(' ', arguments)} did not finish within 3 minutes.");
        }

        Assert.True(process.ExitCode == 0, $"postgres-cluster.sh {string.Join(' ', arguments)} failed: {stderr.Result}");
        return stdout.Result.Trim();
    }

    private sealed class NullOutput : ITestOutputHelper
    {
        public void WriteLine(string message)
        {
        }

        public void WriteLine(string format, params object[] args)
        {
        }
    }
}
