using System.Reflection;

namespace DiplomacyGraph.Tests.Packaging;

/// <summary>
/// A temporary copy of tests/consumer with the library, the synthetic-graph package and the CLI packed into its <c>packages</c> folder
/// (the source its nuget.config maps <c>DiplomacyGraph*</c> to), and an empty package cache, so that what
/// the consumer gets comes from these packages and nothing cached. Packed once per test class.
/// </summary>
public sealed class PackedConsumer : IDisposable
{
    public PackedConsumer()
    {
        Root = Directory.CreateTempSubdirectory("diplomacygraph-consumer-").FullName;
        Directory.CreateDirectory(Cache);
        CopyConsumer(System.IO.Path.Combine(RepositoryRoot.Path, "tests", "consumer"), App);
        foreach (var project in new[] { "src/DiplomacyGraph/DiplomacyGraph.csproj", "src/DiplomacyGraph.Testing/DiplomacyGraph.Testing.csproj", "src/DiplomacyGraph.Cli/DiplomacyGraph.Cli.csproj" })
        {
            Dotnet(RepositoryRoot.Path, "pack", project, "--configuration", "Release", "--output", Packages, "-nodeReuse:false", $"-p:PackStamp={Stamp}");
        }
    }

    /// <summary>The pack stamp of this test run (Directory.Build.props: a pack from a working tree is a <c>-dev.STAMP</c> pre-release).</summary>
    public static string Stamp { get; } = DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The version of the library under test (its VersionPrefix, as built) with the pre-release suffix a working-tree pack gets.</summary>
    public static string Version { get; } =
        typeof(Seeds).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0] + "-dev." + Stamp;

    public string Root { get; }

    /// <summary>The consumer app's folder (holding its nuget.config).</summary>
    public string App => System.IO.Path.Combine(Root, "consumer");

    public string Packages => System.IO.Path.Combine(App, "packages");

    private string Cache => System.IO.Path.Combine(Root, "nuget-packages");

    /// <summary>Runs <c>dotnet</c> with the isolated package cache; returns its standard output.</summary>
    public string Dotnet(string workingDirectory, params string[] arguments) =>
        ExternalProcess.Run("dotnet", arguments, workingDirectory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Cache });

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void CopyConsumer(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }
    }
}
