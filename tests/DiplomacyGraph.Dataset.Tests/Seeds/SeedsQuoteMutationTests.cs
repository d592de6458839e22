using DiplomacyGraph.Formats.Yaml;

// Not DiplomacyGraph.Tests.Seeds: a namespace of that name would hide the Seeds class from the other tests.
namespace DiplomacyGraph.Tests.Dataset;

/// <summary>A quote that no longer matches its article makes the whole load fail, pointing at the YAML.</summary>
public sealed class SeedsQuoteMutationTests : IDisposable
{
    private const string Quote = "Taliban have rejected those claims, insisting that Afghanistan is not used as a staging ground for attacks against other countries.";
    private const string Mutated = "Taliban have reected those claims, insisting that Afghanistan is not used as a staging ground for attacks against other countries.";

    private readonly string copy = Path.Combine(Path.GetTempPath(), "dipgraph-seeds-" + Guid.NewGuid().ToString("N"));

    public SeedsQuoteMutationTests()
    {
        Directory.CreateDirectory(Path.Combine(copy, "sources"));
        foreach (var file in Directory.GetFiles(SeedFiles.Directory, "*.yaml"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(SeedFiles.Directory, "sources")))
        {
            File.Copy(file, Path.Combine(copy, "sources", Path.GetFileName(file)));
        }
    }

    [Fact]
    public void The_unmodified_copy_loads()
    {
        var graph = DiplomaticGraph.Load(YamlIn(copy));
        Assert.Contains(graph.Relations, r => r.Id == "ttp-operates-from-afghanistan-denied");
    }

    [Fact]
    public void Removing_one_character_from_a_quote_fails_the_load_at_that_line_of_that_file()
    {
        var stances = Path.Combine(copy, "stances.yaml");
        var lines = File.ReadAllLines(stances);
        var index = Array.FindIndex(lines, l => l.Contains(Quote, StringComparison.Ordinal));
        Assert.True(index >= 0, "the quote to mutate is not in stances.yaml");
        Assert.Equal(index, Array.FindLastIndex(lines, l => l.Contains(Quote, StringComparison.Ordinal)));
        lines[index] = lines[index].Replace(Quote, Mutated, StringComparison.Ordinal);
        File.WriteAllLines(stances, lines);

        var thrown = Assert.Throws<GraphFormatException>(() => DiplomaticGraph.Load(YamlIn(copy)));

        var error = Assert.Single(thrown.Errors);
        Assert.Equal("ttp-operates-from-afghanistan-denied", error.ElementId);
        Assert.NotNull(error.Location);
        Assert.Equal("stances.yaml", Path.GetFileName(error.Location.File));
        Assert.Equal(index + 1, error.Location.Line);
        Assert.Equal(lines[index].IndexOf("\"" + Mutated, StringComparison.Ordinal) + 1, error.Location.Column);
        Assert.Contains("quote", error.Field, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(copy, recursive: true);

    private static string[] YamlIn(string folder) => [.. Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)];
}
