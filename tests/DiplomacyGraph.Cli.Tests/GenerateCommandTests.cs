using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Testing;
using static DiplomacyGraph.Tests.Cli.CliHarness;

namespace DiplomacyGraph.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("dipgraph-generate-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("graph.json")]
    [InlineData("graph.yaml")]
    [InlineData("graph.yml")]
    public void Generate_writes_the_seeded_graph_in_the_format_of_the_extension(string name)
    {
        var path = Path.Combine(directory, name);

        var (code, output, error) = Run("generate", "--entities", "100", "--relations", "400", "--random-seed", "5", "--out", path);

        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.Contains($"wrote {path}", error, StringComparison.Ordinal);
        var loaded = name.EndsWith(".json", StringComparison.Ordinal) ? JsonGraphReader.Load(path) : YamlGraphReader.Load(path);
        GraphAssert.Equivalent(SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 100, Relations = 400, RandomSeed = 5 }), loaded);
    }

    [Theory]
    [InlineData("10", "5", "graph.json", "--entities: '10' is not a whole number from 20 to 1,000,000.")]
    [InlineData("100", "-1", "graph.json", "--relations: '-1' is not a whole number from 0 to 10,000,000.")]
    [InlineData("100", "5", "graph.txt", "--out must end in one of")]
    public void Generate_refuses_bad_arguments_with_exit_2(string entities, string relations, string name, string message)
    {
        var path = Path.Combine(directory, name);

        var (code, _, error) = Run("generate", "--entities", entities, "--relations", relations, "--out", path);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
