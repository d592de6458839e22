namespace DiplomacyGraph.Tests.Packaging;

/// <summary>The checkout the tests run from: the first folder above the test assembly holding DiplomacyGraph.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "DiplomacyGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DiplomacyGraph.sln above {AppContext.BaseDirectory}.");
    }
}
