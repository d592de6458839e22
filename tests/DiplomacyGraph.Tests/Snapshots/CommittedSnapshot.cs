using System.Runtime.CompilerServices;
using Snapshooter.Xunit;

namespace DiplomacyGraph.Tests.Snapshots;

/// <summary>
/// Snapshooter's match, plus what it lacks: with CI=true a snapshot that is not committed is a failure
/// (Snapshooter 1.3.1 would write it and pass). Locally a missing snapshot is written for review, as usual.
/// </summary>
internal static class CommittedSnapshot
{
    private const string ProjectName = "DiplomacyGraph.Tests";

    public static void Match(string text, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        var expected = Path.Combine(TestDirectory(testFile), "__snapshots__", $"{Path.GetFileNameWithoutExtension(testFile)}.{test}.snap");
        Assert.False(Interop.PeerTools.InCi && !File.Exists(expected), $"The snapshot {expected} is not committed; run the test locally, review the file and commit it.");
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
