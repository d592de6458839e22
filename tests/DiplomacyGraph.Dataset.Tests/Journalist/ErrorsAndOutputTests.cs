using DiplomacyGraph.Queries;
using Newtonsoft.Json.Linq;
using static DiplomacyGraph.Tests.Cli.CliHarness;

namespace DiplomacyGraph.Tests.Journalist;

/// <summary>Issue 15, points 6, 7 and 8: output people read, errors that help, a library that takes names and entities.</summary>
public class ErrorsAndOutputTests
{
    [Theory]
    [InlineData("history", "pakistan", "afghanistan", "--type", "atended")]
    [InlineData("entities", "--kind", "Meetings")]
    [InlineData("show", "sadiq", "--format", "yaml")]
    [InlineData("path", "dar", "sadiq", "--avoid-kind", "Countries")]
    public void An_unknown_value_lists_the_valid_ones_and_exits_2(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("is not a valid value; valid values:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("DiplomacyGraph.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "x", "--limit", "z")]
    [InlineData("validate", "seeds.yaml", "--max-errors", "q")]
    [InlineData("generate", "--entities", "many", "--relations", "1", "--out", "x.json")]
    [InlineData("path", "dar", "sadiq", "--max-hops", "abc")]
    public void A_number_that_is_not_one_is_a_plain_error_not_a_crash_or_a_type_name(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains("is not a whole number", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_values_are_case_insensitive() => Assert.Equal(0, Run("entities", "--kind", "mEeTiNg").Code);

    [Theory]
    [InlineData(1, "show", "Nobody", "--json")]
    [InlineData(2, "entities", "--kind", "Meetings", "--json")]
    [InlineData(2, "--format", "json", "history", "pakistan", "afghanistan", "--type", "atended")]
    public void With_json_an_error_is_an_ErrorRow_on_standard_output_with_the_same_exit_code(int exit, params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(exit, code);
        Assert.Empty(error);
        var row = JObject.Parse(output);
        Assert.Equal(exit, (int)row["exit"]!);
        Assert.False(string.IsNullOrEmpty((string?)row["message"]));
    }

    [Fact]
    public void No_arguments_prints_help()
    {
        var (code, output, _) = Run();

        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("search", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_wraps_at_100_columns_sources_are_footnotes_and_names_replace_ids()
    {
        var (_, output, _) = Run("show", "pakistan");

        Assert.All(output.Split('\n'), line => Assert.True(line.Length <= 100, $"{line.Length}: {line}"));
        Assert.Contains("Sources:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("— Pakistan Opts for Diplomatic Engagement", output, StringComparison.Ordinal);
        Assert.Contains("[denied by Pakistan’s Foreign Office]", Flat(output), StringComparison.Ordinal);
        Assert.DoesNotContain("by pakistan-foreign-office", output, StringComparison.Ordinal);
        Assert.DoesNotContain("““", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown", "### Muhammad Sadiq")]
    [InlineData("csv", "field,date,type,direction,other,role,assertion,id,text,quotes,sources")]
    public void Show_writes_markdown_and_csv(string format, string start)
    {
        var (code, output, _) = Run("show", "sadiq", "--format", format);

        Assert.Equal(0, code);
        Assert.StartsWith(start, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_quote_is_shown_once_per_row_even_when_another_contains_it()
    {
        var output = Flat(Run("contradictions").Out);

        // The Sadiq–Muttaqi side cites the full sentence and its first half; the half is left out.
        Assert.Contains("Amir Khan Muttaqi, on March 22, where both sides discussed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Amir Khan Muttaqi, on March 22” [", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_takes_names_and_entities_as_well_as_ids()
    {
        var graph = Seeds.Load();
        var pakistan = graph.Resolve("Pakistan");

        Assert.Equal(graph.History("pakistan", "afghanistan").Select(r => r.Id), graph.History("Pakistan", "Afghanistan").Select(r => r.Id));
        Assert.Equal(graph.History("pakistan", "afghanistan").Select(r => r.Id), graph.History(pakistan, graph.Resolve("Afghanistan")).Select(r => r.Id));
        Assert.Equal(graph.RelationsOf("muhammad-sadiq"), graph.RelationsOf("Sadiq"));
        Assert.Equal(graph.RelationsOf("muhammad-sadiq"), graph.RelationsOf(graph.Resolve("Sadiq")));
        Assert.Equal("Muhammad Sadiq → Ishaq Dar", graph.ShortestPath(graph.Resolve("Sadiq"), graph.Resolve("Dar"))!.ToString());
        Assert.Throws<EntityResolutionException>(() => graph.Timeline("Khan"));
    }

    [Fact]
    public void Result_types_print_readable_iso_dated_lines()
    {
        var graph = Seeds.Load();
        var holder = graph.OfficeHolders("Pakistan", "FM", new DateOnly(2025, 4, 19))[0];
        var route = graph.EarliestArrival("Muttaqi", "Dar", new DateOnly(2025, 3, 1))!;

        Assert.Equal("Ishaq Dar: Foreign Minister, 2025 (inferred), possibly", holder.ToString());
        Assert.StartsWith("2025-04-01 → 2025-05-01 (valid time): +", graph.Diff(new DateOnly(2025, 4, 1), new DateOnly(2025, 5, 1)).ToString(), StringComparison.Ordinal);
        Assert.Contains("earliest arrival 2025-03-2", route.ToString(), StringComparison.Ordinal);
    }
}
