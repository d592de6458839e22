using Newtonsoft.Json.Linq;
using static DiplomacyGraph.Tests.Cli.CliHarness;

namespace DiplomacyGraph.Tests.Cli;

public class QueryCommandTests
{
    [Fact]
    public void History_prints_dated_rows_with_quotes_in_order()
    {
        var (code, text, _) = Run("history", "pakistan", "afghanistan");
        var output = CliHarness.Flat(text);

        Assert.Equal(0, code);
        var sadiq = output.IndexOf("Sadiq–Muttaqi meeting: Muhammad Sadiq (guest; for Pakistan), Amir Khan Muttaqi (host; for Afghanistan)", StringComparison.Ordinal);
        var dar = output.IndexOf("2025-04-19  Ishaq Dar’s visit to Kabul", StringComparison.Ordinal);
        Assert.InRange(sadiq, 0, dar);
        Assert.Contains(" “Ambassador Sadiq met with Afghanistan’s Acting Foreign Minister, Amir Khan Muttaqi, on March 22", output, StringComparison.Ordinal);
    }

    [Fact]
    public void History_filters_by_type_and_window()
    {
        var (_, output, _) = Run("history", "pakistan", "afghanistan", "--type", "met", "--from", "2025-03-22", "--to", "2025-03-22", "--json");

        // The 2025-03 talks with Azizi possibly fall on March 22 too: a window keeps what possibly falls in it.
        Assert.Equal(["sadiq-met-azizi", "sadiq-met-muttaqi"], JObject.Parse(output)["entries"]!.Select(e => (string)e["id"]!));
    }

    [Fact]
    public void Path_shows_every_hop_with_relation_date_and_first_quote()
    {
        var (code, text, _) = Run("path", "baloch", "muttaqi", "--all", "--max-hops", "4");
        var output = CliHarness.Flat(text);

        // Stated relations only: the way through Muttaqi's planned visit to Islamabad is not walked.
        Assert.Equal(0, code);
        // Her statement about his visit links the two directly (she said it, it is about him).
        Assert.StartsWith("path 1 (2 hops): Mumtaz Zahra Baloch → Baloch confirms Muttaqi will soon visit Islamabad", output, StringComparison.Ordinal);
        var flat = CliHarness.Flat(output);
        Assert.Contains(" (4 hops): Mumtaz Zahra Baloch → Pakistan’s Foreign Office → Pakistan → Muhammad Sadiq → Amir Khan Muttaqi", flat, StringComparison.Ordinal);
        Assert.Contains("Muhammad Sadiq —met→ Amir Khan Muttaqi [stated]", flat, StringComparison.Ordinal);
        // His planned attendance of the visit is not walked without --assertions.
        Assert.DoesNotContain("Amir Khan Muttaqi’s visit to Islamabad → Amir Khan Muttaqi", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("[planned]", flat, StringComparison.Ordinal);
        Assert.Equal(1, Run("path", "baloch", "muttaqi", "--all", "--max-hops", "1").Code);

        var widened = Run("path", "baloch", "muttaqi", "--assertions", "stated,planned").Out;
        Assert.StartsWith("path 1 (2 hops): Mumtaz Zahra Baloch → Amir Khan Muttaqi’s visit to Islamabad → Amir Khan Muttaqi", widened, StringComparison.Ordinal);
        Assert.Contains("[planned]", widened, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_with_nothing_found_exits_1()
    {
        var (code, _, error) = Run("path", "muttaqi", "baloch", "--directed");

        Assert.Equal(1, code);
        Assert.Contains("No path from Amir Khan Muttaqi to Mumtaz Zahra Baloch", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reach_finds_the_route_through_Sadiq_strictly()
    {
        var (code, text, _) = Run("reach", "muttaqi", "dar", "--start", "2025-03-01", "--strict");
        var output = CliHarness.Flat(text);

        Assert.Equal(0, code);
        Assert.StartsWith("Ishaq Dar reached from Amir Khan Muttaqi: earliest arrival 2025-03-23; certainly reached by: no bound (strict time order, starting 2025-03-01)", output, StringComparison.Ordinal);
        Assert.Contains("route (2 hops): Amir Khan Muttaqi → Muhammad Sadiq → Ishaq Dar", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_that_is_not_a_day_exits_2()
    {
        var (code, _, error) = Run("reach", "muttaqi", "dar", "--start", "March");

        Assert.Equal(2, code);
        Assert.Contains("--start: 'March' is not a day", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Global_as_of_slices_the_graph_of_every_command_including_export()
    {
        var (_, all, _) = Run("stats", "--json");
        var (_, sliced, _) = Run("--as-of", "2025-04-01", "stats", "--json");
        var (_, asOf, _) = Run("as-of", "2025-04-01", "--json");
        var (_, exported, _) = Run("--as-of", "2025-04-01", "export", "json");

        var relations = (int)JObject.Parse(sliced)["relations"]!;
        Assert.True(relations < (int)JObject.Parse(all)["relations"]!);
        Assert.Equal(relations, (int)JObject.Parse(asOf)["stats"]!["relations"]!);
        Assert.DoesNotContain("beijing-trilateral-2025-05-20", exported, StringComparison.Ordinal);
        Assert.Contains("sadiq-muttaqi-meeting-2025-03-22", exported, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_as_of_keeps_only_sources_certainly_published_by_then()
    {
        var (code, output, _) = Run("--known-as-of", "2025-01-01", "stats", "--json");

        Assert.Equal(0, code);
        Assert.Equal(0, (int)JObject.Parse(output)["sources"]!);
    }

    [Fact]
    public void Holders_lists_the_spokespersons_at_a_day()
    {
        var (code, output, _) = Run("holders", "pakistan-foreign-office", "Spokesperson", "--at", "2025-04-01");

        Assert.Equal(0, code);
        Assert.StartsWith("Spokesperson of Pakistan’s Foreign Office during 2025-04-01: 2 holders", output, StringComparison.Ordinal);
        Assert.Contains("Shafqat Ali Khan — spokesperson, after 2025-03-22 (inferred): possibly", output, StringComparison.Ordinal);
        Assert.Contains("Mumtaz Zahra Baloch — spokesperson, time unknown: possibly", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Contradictions_list_the_ties_statement_and_the_TTP_denial_with_reasons()
    {
        var (code, output, _) = Run("contradictions");
        var flat = CliHarness.Flat(output);

        Assert.Equal(0, code);
        Assert.StartsWith("6 contradictions, on 2 disputed claims", output, StringComparison.Ordinal);
        Assert.Contains("1. Pakistan alleges that Tehreek-e-Taliban Pakistan operates-from Afghanistan (unknown); Taliban denies it (unknown). (claimed and denied)", flat, StringComparison.Ordinal);
        Assert.Contains("One side — Pakistan alleges that Tehreek-e-Taliban Pakistan operates from Afghanistan (unknown):", flat, StringComparison.Ordinal);
        Assert.Contains("Other side — Taliban denies that Tehreek-e-Taliban Pakistan operates from Afghanistan (unknown):", flat, StringComparison.Ordinal);
        Assert.Contains("2. Ishaq Dar denies diplomatic ties between Pakistan and Afghanistan (2021/..), yet 5 meetings with both were held.", flat, StringComparison.Ordinal);
        Assert.Contains("Other side — Sadiq–Muttaqi meeting (2025-03-22 (inferred)) is reported held:", flat, StringComparison.Ordinal);

        // Dar's four quotes are shown once, under the denial, not under each of the five meetings.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output, "“there has been no official interaction between the two governments”"));
        Assert.DoesNotContain("““", output, StringComparison.Ordinal);
        Assert.DoesNotContain("pakistan-foreign-office", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_of_an_ambiguous_name_exits_1_with_candidates()
    {
        var (code, _, error) = Run("timeline", "Khan");

        Assert.Equal(1, code);
        Assert.Contains("is ambiguous", error, StringComparison.Ordinal);
    }
}
