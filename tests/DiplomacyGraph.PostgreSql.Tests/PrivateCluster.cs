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

    /// <summary>eng/postgres-cluster.sh, when this machine has the PostgreSQL server binaries to run it; else null.</summary>
    private static readonly Lazy<string?> Found = new(() =>
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "DiplomacyGraph.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        var script = root is null ? null : Path.Combine(root, "eng", "postgres-cluster.sh");
        var binaries = System.IO.Directory.Exists("/usr/lib/postgresql") && System.IO.Directory.GetDirectories("/usr/lib/postgresql").Length > 0;
        return script is not null && File.Exists(script) && binaries ? script : null;
    });

    /// <summary>Why a private-cluster test cannot run here (no server binaries, outside CI), or null when it can or must.</summary>
    public static string? SkipReason => Found.Value is null && !TestServer.InCi
        ? "No PostgreSQL server binaries (apt-get install postgresql-15), so no private cluster can be started."
        : TestServer.SkipReason;

    /// <summary>The cluster script; under CI=true its absence is a failure (.ci/run installs postgresql-15).</summary>
    public static string Script() =>
        Found.Value ?? throw new InvalidOperationException("CI=true but the PostgreSQL server binaries or eng/postgres-cluster.sh are missing (.ci/run installs postgresql-15).");

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
        var script = Script();
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
}

/// <summary>A fact that starts a PostgreSQL cluster of its own: skipped (reported as skipped) without the server binaries or a test server, failing under CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PrivateClusterFactAttribute : FactAttribute
{
    public PrivateClusterFactAttribute()
    {
        if (PrivateCluster.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
