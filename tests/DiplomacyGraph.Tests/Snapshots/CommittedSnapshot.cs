using System.Runtime.CompilerServices;
using Snapshooter.Xunit;

namespace DiplomacyGraph.Tests.Snapshots;

/// <summary>
/// Snapshooter's match, without its writing mode: a snapshot that is not committed is a failure everywhere (Snapshooter
/// 1.3.1 would write it and pass). The text is left in <c>__snapshots__/__mismatch__/</c>, where Snapshooter also leaves
/// the text of a snapshot that differs; eng/update-snapshots.sh takes those files in, for review before committing.
/// </summary>
internal static class CommittedSnapshot
{
    private const string ProjectName = "DiplomacyGraph.Tests";

    public static void Match(string text, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        var expected = Path.Combine(TestDirectory(testFile), "__snapshots__", $"{Path.GetFileNameWithoutExtension(testFile)}.{test}.snap");
        if (!File.Exists(expected))
        {
            // Snapshooter writes a missing snapshot (in its own encoding) and passes; the file is moved to where a
            // differing one is left, so nothing committed is ever written by a test.
            var received = Path.Combine(Path.GetDirectoryName(expected)!, "__mismatch__", Path.GetFileName(expected));
            Snapshot.Match(text);
            Directory.CreateDirectory(Path.GetDirectoryName(received)!);
            File.Move(expected, received, overwrite: true);
            Assert.Fail($"The snapshot {expected} is not committed (the text is in {received}): run eng/update-snapshots.sh, review the file and commit it.");
        }

        Snapshot.Match(text);
    }

    /// <summary>
    /// The test file's folder in the source tree. CI builds map source paths to <c>/_/</c> (deterministic builds),
    /// so the folder is found from the test project, located above the test assembly.
    /// </summary>
    private static string TestDirectory(string testFile)
    {
        var path = testFile.Replace('\\', '/');
        var inProject = path[(path.LastIndexOf($"/{ProjectName}/", StringComparison.Ordinal) + ProjectName.Length + 2)..];
        var project = new DirectoryInfo(AppContext.BaseDirectory);
        while (project is not null && !File.Exists(Path.Combine(project.FullName, $"{ProjectName}.csproj")))
        {
            project = project.Parent;
        }

        Assert.NotNull(project);
        return Path.GetDirectoryName(Path.Combine(project.FullName, inProject))!;
    }
}
