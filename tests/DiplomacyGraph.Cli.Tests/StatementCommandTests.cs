using static DiplomacyGraph.Tests.Cli.CliHarness;

namespace DiplomacyGraph.Tests.Cli;

/// <summary><c>show</c>, <c>timeline</c> and <c>history</c> show statements (speaker, act, occasion, quoted/reported, words) and inference marks.</summary>
public class StatementCommandTests
{
    private static string Graph => Fixture.Path("who-said-what.yaml");

    [Fact]
    public void Show_prints_a_statements_speakers_act_occasion_subjects_and_words()
    {
        var (code, output, error) = Run("--graph", Graph, "show", "dar-alleges-militants");

        Assert.True(code == 0, error);
        Assert.Contains("act: accuse (CAMEO 09, 11)   speech: reported", output, StringComparison.Ordinal);
        Assert.Contains("said by: Ishaq Dar (speaker), Pakistan (on-behalf-of)", output, StringComparison.Ordinal);
        Assert.Contains("at: Dar–Muttaqi talks in Kabul", output, StringComparison.Ordinal);
        Assert.Contains("about: Militants", output, StringComparison.Ordinal);
        Assert.Contains("reported — the article's words, not the speaker's:\n    “Dar alleged that militants operate from Afghan soil” [1]", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("[1] Dar in Kabul", output, StringComparison.Ordinal);
        Assert.Contains("<https://news.example.org/2025/04/dar-in-kabul>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_speech_is_labelled_as_the_speakers_words()
    {
        var (_, output, _) = Run("--graph", Graph, "show", "agreement-to-meet-again");

        Assert.Contains("quoted — the article quotes the speaker:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("reported —", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_rows_of_a_speaker_show_the_statement_and_the_marks()
    {
        var (code, output, error) = Run("--graph", Graph, "timeline", "pakistan");

        Assert.True(code == 0, error);
        var line = Assert.Single(Flat(output).Split(" 20"), l => l.Contains("accuse, reported", StringComparison.Ordinal));
        Assert.Contains("Pakistan (on-behalf-of) said: Dar says militants operate from Afghan soil (accuse, reported), at Dar–Muttaqi talks in Kabul", line, StringComparison.Ordinal);
        Assert.Contains("[inferred: Dar speaks as Foreign Minister; the article does not say he spoke for the government]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void History_of_two_parties_shows_their_agreement_as_one_statement_row()
    {
        var (code, output, error) = Run("--graph", Graph, "history", "pakistan", "afghanistan");

        Assert.True(code == 0, error);
        Assert.Single(output.Split('\n'), l => l.Contains("(agree, quoted)", StringComparison.Ordinal));
        Assert.Contains("ICEWS record 26870000 [", output, StringComparison.Ordinal);
        Assert.Contains("] ICEWS coded events, April 2025 sample", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_rows_carry_the_statement_and_the_marks()
    {
        var (_, output, _) = Run("--graph", Graph, "timeline", "pakistan", "--json");

        var json = Newtonsoft.Json.Linq.JObject.Parse(output);
        var row = json["entries"]!.Single(e => (string?)e["id"] == "dar-alleges-militants");
        Assert.Equal("Statement", (string?)row["kind"]);
        Assert.Equal(("dar-alleges-militants", "Accuse", "Reported", "kabul-talks"), ((string?)row["statement"]!["id"], (string?)row["act"], (string?)row["speech"], (string?)row["meeting"]!["id"]));
        Assert.Equal(["ishaq-dar", "pakistan"], row["parties"]!.Where(p => (string?)p["role"] != "about").Select(p => (string?)p["entity"]!["id"]).Order(StringComparer.Ordinal));
        Assert.Contains(row["citations"]!, c => (string?)c["quote"] == "Dar alleged that militants operate from Afghan soil");
        Assert.Equal("pakistan-said-militants", (string?)row["marks"]![0]!["id"]);
        var dar = Newtonsoft.Json.Linq.JObject.Parse(Run("--graph", Graph, "show", "ishaq-dar", "--json").Out);
        Assert.Equal("Inferred", (string?)dar["basis"]);
    }
}
