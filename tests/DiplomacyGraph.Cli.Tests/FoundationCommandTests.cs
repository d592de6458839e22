using DiplomacyGraph.Formats.Json;
using Newtonsoft.Json.Linq;
using static DiplomacyGraph.Tests.Cli.CliHarness;

namespace DiplomacyGraph.Tests.Cli;

public class FoundationCommandTests
{
    [Fact]
    public void Validate_prints_every_problem_with_file_line_column_and_exits_2()
    {
        var file = Fixture.Path("four-problems.yaml");

        var (code, output, error) = Run("validate", file);

        Assert.Equal(2, code);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"{file}:13:9: to: Unknown entity id 'nobody-known'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:20:11: time: '2025-02-30' is not a date", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:22:5: citations: Relation 'uncited' has no citation", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:34:16: citations[0].quote: Quote not found verbatim", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_with_json_lists_the_errors_as_objects()
    {
        var (code, output, _) = Run("validate", Fixture.Path("four-problems.yaml"), "--json");

        Assert.Equal(2, code);
        var json = JObject.Parse(output);
        Assert.False((bool)json["valid"]!);
        Assert.Equal([13, 20, 22, 34], json["errors"]!.Select(e => (int)e["line"]!));
    }

    [Fact]
    public void Validate_accepts_a_valid_file()
    {
        var (code, output, _) = Run("validate", Fixture.Path("every-field.yaml"));

        Assert.Equal(0, code);
        Assert.StartsWith("valid: 8 entities, 7 relations, 2 sources", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_without_graph_describes_the_embedded_seeds()
    {
        var seeds = Seeds.Load();

        var (code, output, _) = Run("stats", "--json");

        Assert.Equal(0, code);
        var json = JObject.Parse(output);
        Assert.Equal(seeds.Entities.Length, (int)json["entities"]!);
        Assert.Equal(seeds.Relations.Length, (int)json["relations"]!);
        Assert.Equal(seeds.Sources.Length, (int)json["sources"]!);
    }

    [Fact]
    public void Stats_counts_a_given_graph_by_kind_and_type()
    {
        var (code, output, _) = Run("--graph", Fixture.Path("every-field.yaml"), "stats");

        Assert.Equal(0, code);
        Assert.Contains("entities   8", output, StringComparison.Ordinal);
        Assert.Contains("  Meeting      2", output, StringComparison.Ordinal);
        Assert.Contains("  operates-from     2", output, StringComparison.Ordinal);
        Assert.Contains("citations  13", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_filters_by_kind()
    {
        var (code, output, _) = Run("entities", "--graph", Fixture.Path("every-field.yaml"), "--kind", "Meeting", "--json");

        Assert.Equal(0, code);
        Assert.Equal(["kabul-talks", "follow-up-visit"], JArray.Parse(output).Select(e => (string)e["id"]!));
    }

    [Fact]
    public void Show_lists_relations_with_dates_and_quotes()
    {
        var (code, output, _) = Run("--graph", Fixture.Path("every-field.yaml"), "show", "Mohammad Ishaq Dar");

        Assert.Equal(0, code);
        Assert.StartsWith("Ishaq Dar  (Person, id ishaq-dar)", output, StringComparison.Ordinal);
        Assert.Contains("  2025-04-19 (inferred)  —attended→ Dar–Muttaqi talks in Kabul as guest", output, StringComparison.Ordinal);
        Assert.Contains("“Ishaq Dar met Afghanistan’s acting Foreign Minister” [1]", output, StringComparison.Ordinal);
        Assert.Contains("[1] Dar in Kabul: talks on security, trade and transit", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_unknown_name_exits_1()
    {
        var (code, _, error) = Run("--graph", Fixture.Path("every-field.yaml"), "show", "Nobody");

        Assert.Equal(1, code);
        Assert.Contains("No entity is called 'Nobody'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_json_writes_a_file_that_loads_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dipgraph-{Guid.NewGuid():N}.json");
        try
        {
            var (code, _, _) = Run("--graph", Fixture.Path("every-field.yaml"), "export", "json", "--out", path);

            Assert.Equal(0, code);
            Assert.Equal(7, JsonGraphReader.Load(path, new DiplomacyGraph.Formats.GraphReaderOptions { RequireSourceFiles = false }).Relations.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bad_arguments_exit_2_with_usage()
    {
        var (code, _, error) = Run("export", "pdf");

        Assert.Equal(2, code);
        Assert.Contains("dipgraph --help", error, StringComparison.Ordinal);
    }
}
