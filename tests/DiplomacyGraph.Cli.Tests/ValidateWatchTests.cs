using System.Collections.Concurrent;
using System.Diagnostics;
using DiplomacyGraph.Cli;

namespace DiplomacyGraph.Tests.Cli;

/// <summary><c>dipgraph validate --watch</c> validates again on every save, in a real process (file watching needs one).</summary>
public sealed class ValidateWatchTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);
    private readonly string folder = Directory.CreateTempSubdirectory("dipgraph-watch-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_save_is_validated_again_with_its_new_errors_and_then_valid_again()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.Copy(Fixture.Path("byo", "sources", "dar-tashkent.txt"), Path.Combine(folder, "sources", "dar-tashkent.txt"));
        var yaml = Path.Combine(folder, "dar-tashkent.yaml");
        var good = Fixture.Text("byo", "dar-tashkent.yaml");
        File.WriteAllText(yaml, good);
        var lines = new BlockingCollection<string>();
        using var process = Start(lines, "validate", "--with-seeds", "--watch", yaml);
        try
        {
            Await(lines, l => l.StartsWith("valid: 80 entities", StringComparison.Ordinal));
            Await(lines, l => l.StartsWith("watching ", StringComparison.Ordinal));

            File.WriteAllText(yaml, good.Replace("to: dar-tashkent-visit\n    role: guest", "to: dar-tashkent-vist\n    role: guest", StringComparison.Ordinal));
            Await(lines, l => l.StartsWith("--- a file changed", StringComparison.Ordinal));
            Await(lines, l => l.EndsWith("to: Unknown entity id 'dar-tashkent-vist'.", StringComparison.Ordinal));

            File.WriteAllText(yaml, good);
            Await(lines, l => l.StartsWith("valid: 80 entities", StringComparison.Ordinal));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static Process Start(BlockingCollection<string> lines, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(CliApp).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) lines.Add(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lines.Add(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Reads lines until one matches; fails, with what was read, when none does within the deadline.</summary>
    private static void Await(BlockingCollection<string> lines, Func<string, bool> match)
    {
        var seen = new List<string>();
        var until = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < until)
        {
            if (lines.TryTake(out var line, TimeSpan.FromSeconds(1)))
            {
                seen.Add(line);
                if (match(line))
                {
                    return;
                }
            }
        }

        Assert.Fail("no such line; read:\n" + string.Join("\n", seen));
    }
}
