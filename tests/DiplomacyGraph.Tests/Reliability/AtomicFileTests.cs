using System.Diagnostics;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Tests.Interop;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// Exports and <c>generate</c> never destroy the file they replace: a kill mid-write, a full disk and a writer
/// that throws all leave the previous file whole (and, where the process lives on, no temporary file).
/// </summary>
public sealed class AtomicFileTests : IDisposable
{
    private const string Previous = "{ \"previous\": true }\n";
    private readonly string folder = Directory.CreateTempSubdirectory("dipgraph-atomic-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_writer_that_throws_leaves_the_previous_file_and_no_temporary_file()
    {
        var target = Path.Combine(folder, "graph.json");
        File.WriteAllText(target, Previous);

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, writer =>
        {
            writer.Write(new string('x', 1 << 20));
            throw new InvalidOperationException("boom");
        }));

        Assert.Equal(Previous, File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(folder));
    }

    [Fact]
    public void A_successful_write_replaces_the_file_whole()
    {
        var target = Path.Combine(folder, "graph.json");
        File.WriteAllText(target, Previous);

        AtomicFile.Write(target, writer => writer.Write("new"));

        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_kill_in_the_middle_of_generate_leaves_the_previous_file_whole()
    {
        var target = Path.Combine(folder, "big.json");
        File.WriteAllText(target, Previous);
        var cli = Path.Combine(AppContext.BaseDirectory, "dipgraph.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "generate", "--entities", "2000", "--relations", "200000", "--out", target])
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var child = Process.Start(start)!;
        try
        {
            // Wait (with a hang guard, not a timing assertion) until the temporary file has text in it, then kill.
            var guard = Stopwatch.StartNew();
            while (!Directory.GetFiles(folder).Any(f => f != target && new FileInfo(f).Length > 0))
            {
                if (child.HasExited)
                {
                    Assert.Fail($"generate ended ({child.ExitCode}) before it was killed: {await child.StandardError.ReadToEndAsync()}");
                }

                Assert.True(guard.Elapsed < TimeSpan.FromMinutes(3), "generate never started writing");
                await Task.Delay(5);
            }

            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(Previous, File.ReadAllText(target));
    }

    [SkippableFact]
    public void A_full_disk_leaves_the_previous_file_and_no_temporary_file()
    {
        var disk = Path.Combine(folder, "tmpfs");
        Directory.CreateDirectory(disk);
        Mount(disk);

        try
        {
            var target = Path.Combine(disk, "graph.json");
            File.WriteAllText(target, Previous);

            var error = Assert.Throws<IOException>(() => AtomicFile.Write(target, writer =>
            {
                for (var i = 0; i < 64; i++)
                {
                    writer.Write(new string('x', 64 * 1024)); // 4 MiB into a 1 MiB file system.
                }
            }));

            Assert.Contains("The previous file, if any, is unchanged.", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
            Assert.Equal(Previous, File.ReadAllText(target));
            Assert.Equal([target], Directory.GetFiles(disk));
        }
        finally
        {
            PeerTools.Run("umount", disk);
        }
    }

    [Theory]
    [InlineData("", "empty file name")]
    [InlineData("/dev/full", "not a regular file")]
    [InlineData("/no/such/folder/graph.json", "does not exist")]
    public void A_target_that_cannot_be_a_file_is_a_one_line_error(string target, string message)
    {
        var error = Assert.Throws<IOException>(() => AtomicFile.Write(target, writer => writer.Write("x")));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_as_target_is_refused()
    {
        Assert.Contains("is a folder", Assert.Throws<IOException>(() => AtomicFile.Write(folder, writer => writer.Write("x"))).Message, StringComparison.Ordinal);
    }

    private static void Mount(string disk)
    {
        var why = "not running as root";
        if (Environment.UserName == "root")
        {
            try
            {
                var (code, _, error) = PeerTools.Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk);
                if (code == 0)
                {
                    return;
                }

                why = $"mount failed: {error.Trim()}";
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                why = $"no mount command: {e.Message}";
            }
        }

        throw PeerTools.Missing("a 1 MiB tmpfs mounted as root (the full-disk check)", why);
    }
}
