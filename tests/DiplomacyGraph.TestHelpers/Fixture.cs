namespace DiplomacyGraph.Tests;

/// <summary>Paths of the test fixtures copied next to the test assembly.</summary>
internal static class Fixture
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static string Text(params string[] parts) => File.ReadAllText(Path(parts));

    /// <summary>Source files named relative to the fixture folder, as <c>GraphReaderOptions.SourceFiles</c> takes them.</summary>
    public static readonly Func<string, string?> SourceFiles = relative => Text(relative);
}
