using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using Newtonsoft.Json.Linq;
using static DiplomacyGraph.Tests.Cli.CliHarness;

namespace DiplomacyGraph.Tests.Journalist;

/// <summary>Issue 15, points 4 and 5: slices that explain themselves, diff, reach without --start; holders by day, month or year.</summary>
public class SlicesAndOfficesTests
{
    [Fact]
    public void An_empty_knowledge_slice_says_why_and_lenient_mode_fills_it()
    {
        var (code, _, error) = Run("--known-as-of", "2025-06-01", "history", "pakistan", "afghanistan");

        Assert.Equal(1, code);
        Assert.Contains("no source has a certain publication date on or before 2025-06-01; 2 are undated", Flat(error), StringComparison.Ordinal);
        Assert.Contains("Try --lenient.", error, StringComparison.Ordinal);
        Assert.Equal(0, Run("--known-as-of", "2025-06-01", "--lenient", "history", "pakistan", "afghanistan").Code);
    }

    [Fact]
    public void As_of_lists_the_meetings_and_relations_of_the_slice()
    {
        var (code, output, _) = Run("as-of", "2025-04-01");

        Assert.Equal(0, code);
        Assert.Contains("had possibly begun by 2025-04-01", Flat(output), StringComparison.Ordinal);
        Assert.Contains("2025-03-22 (inferred)  Sadiq–Muttaqi meeting (held)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Ishaq Dar’s visit to Kabul", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_shows_what_became_valid_between_two_days()
    {
        var diff = Seeds.Load().Diff(new DateOnly(2025, 4, 1), new DateOnly(2025, 5, 1));

        Assert.Contains(diff.AddedEntities, e => e.Id == "dar-kabul-visit-2025-04-19");
        Assert.Empty(diff.RemovedRelations);
        var (code, output, _) = Run("diff", "2025-04-01", "2025-05-01");
        Assert.Equal(0, code);
        Assert.StartsWith("2025-04-01 → 2025-05-01 (valid time): +", output, StringComparison.Ordinal);
        Assert.Contains("+ Ishaq Dar’s visit to Kabul (Meeting, 2025-04-19)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reach_needs_no_start_and_says_no_bound_in_words()
    {
        var (code, output, _) = Run("reach", "muttaqi", "dar");

        Assert.Equal(0, code);
        Assert.Contains("certainly reached by: no bound", Flat(output), StringComparison.Ordinal);
        Assert.DoesNotContain("open", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("2025-04")]
    [InlineData("2025-04-19")]
    public void Holders_take_a_day_month_or_year_and_normalised_office_names(string at)
    {
        var (code, output, _) = Run("holders", "afghanistan", "Foreign Minister", "--at", at, "--json");

        Assert.Equal(0, code);
        var holder = Assert.Single(JObject.Parse(output)["holders"]!);
        Assert.Equal("amir-khan-muttaqi", (string)holder["holder"]!["id"]!);
        Assert.Equal("possibly", (string)holder["certainty"]!);
    }

    [Theory]
    [InlineData("FM", "foreign minister")]
    [InlineData("Deputy PM", "deputy prime minister")]
    [InlineData("Interim Minister of Foreign Affairs", "foreign minister")]
    [InlineData("spokesman", "spokesperson")]
    [InlineData("Special Representative for Afghanistan", "special representative on afghanistan")]
    public void Office_names_normalise_abbreviations_and_qualifiers(string office, string normal) =>
        Assert.Equal(normal, OfficeName.Normalize(office));

    [Fact]
    public void A_term_certainly_covering_the_time_is_certain_an_undated_one_possible()
    {
        var graph = TestGraphs.Builder()
            .AddEntity(TestGraphs.Entity("land", EntityKind.Country))
            .AddEntity(TestGraphs.Entity("a"))
            .AddEntity(TestGraphs.Entity("b"))
            .AddRelation(TestGraphs.Relation("a-office", "holds-office", "a", "land", "2025-01-01/2025-12-31", role: "acting President"))
            .AddRelation(TestGraphs.Relation("b-office", "holds-office", "b", "land", "unknown", role: "President"))
            .Build();

        var holders = graph.OfficeHolders("land", "president", DateRange.Parse("2025-04"));

        Assert.Equal([("a", true), ("b", false)], holders.Select(h => (h.Holder.Id, h.Certainly)));  // undated last
    }

    [Fact]
    public void An_unknown_role_lists_the_offices_of_the_body()
    {
        var (code, _, error) = Run("holders", "pakistan", "Prime Minister");

        Assert.Equal(2, code);
        Assert.Contains("its offices: Interior Minister, Foreign Minister, Deputy Prime Minister", error, StringComparison.Ordinal);
    }
}
