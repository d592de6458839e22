using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Queries;
using Newtonsoft.Json.Linq;
using static DiplomacyGraph.Tests.Cli.CliHarness;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>A failed load changes nothing already loaded; validate reports every problem of a file, up to --max-errors.</summary>
public class LoadWithoutLossTests
{
    private static string Nasty(string name) => Path.Combine(ErrorContractTests.CommittedFolder, name);

    [Fact]
    public void A_failed_load_leaves_the_previously_loaded_graph_untouched_and_usable()
    {
        var graph = YamlGraphReader.Load(Fixture.Path("every-field.yaml"));
        var before = JsonGraphWriter.WriteToString(graph);
        var history = Newtonsoft.Json.JsonConvert.SerializeObject(graph.Timeline("ishaq-dar"));

        foreach (var bad in new[] { "wrong-types.yaml", "alias-bomb.yaml", "invalid-utf8.yaml", "fuzz-yaml-scanner-invalid-operation.yaml" })
        {
            Assert.Throws<GraphFormatException>(() => DiplomaticGraph.Load(Fixture.Path("every-field.yaml"), Nasty(bad)));
        }

        Assert.Throws<GraphFormatException>(() => JsonGraphReader.Load(Nasty("wrong-types.json")));

        Assert.Equal(before, JsonGraphWriter.WriteToString(graph));
        Assert.Equal(history, Newtonsoft.Json.JsonConvert.SerializeObject(graph.Timeline("ishaq-dar")));
        Assert.Equal("ishaq-dar", graph.Resolve("Ishaq Dar").Id);
        Assert.NotEmpty(graph.AsQuikGraph().Edges);
    }

    [Fact]
    public void Validate_prints_every_problem_by_default()
    {
        var (code, _, error) = Run("validate", Nasty("wrong-types.yaml"));

        Assert.Equal(2, code);
        var lines = Lines(error);
        Assert.True(lines.Length >= 12, error);
        Assert.DoesNotContain(lines, l => l.StartsWith('…'));
    }

    [Fact]
    public void Validate_stops_at_max_errors_and_says_how_many_more()
    {
        var all = Lines(Run("validate", Nasty("wrong-types.yaml")).Err);

        var (code, _, error) = Run("validate", Nasty("wrong-types.yaml"), "--max-errors", "3");

        Assert.Equal(2, code);
        Assert.Equal([.. all.Take(3), $"… and {all.Length - 3} more (--max-errors 3; raise it to see them)"], Lines(error));
    }

    [Fact]
    public void Validate_json_lists_max_errors_and_counts_the_rest()
    {
        var all = Lines(Run("validate", Nasty("wrong-types.yaml")).Err).Length;

        var (code, output, _) = Run("validate", Nasty("wrong-types.yaml"), "--max-errors", "5", "--json");

        Assert.Equal(2, code);
        var json = JObject.Parse(output);
        Assert.Equal(5, json["errors"]!.Count());
        Assert.Equal(all - 5, (int)json["moreErrors"]!);
    }

    [Fact]
    public void Validate_refuses_a_max_errors_below_one()
    {
        var (code, _, error) = Run("validate", Nasty("wrong-types.yaml"), "--max-errors", "0");

        Assert.NotEqual(0, code);
        Assert.Contains("--max-errors: '0' is not a whole number from 1", error, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
