// Not DiplomacyGraph.Tests.Seeds: a namespace of that name would hide the Seeds class from the other tests.
namespace DiplomacyGraph.Tests.Dataset;

/// <summary>Finds the repository's <c>seeds/</c> folder from the test's output directory.</summary>
internal static class SeedFiles
{
    public static string Directory { get; } = Find();

    /// <summary>Every <c>seeds/*.yaml</c>, in a stable order.</summary>
    public static string[] YamlPaths() =>
        [.. System.IO.Directory.GetFiles(Directory, "*.yaml").Order(StringComparer.Ordinal)];

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (System.IO.Directory.Exists(Path.Combine(seeds, "sources")) && System.IO.Directory.GetFiles(seeds, "*.yaml").Length > 0)
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException("No seeds/ folder with YAML files above " + AppContext.BaseDirectory);
    }
}
