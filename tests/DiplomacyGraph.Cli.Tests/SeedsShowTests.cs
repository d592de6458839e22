using static DiplomacyGraph.Tests.Cli.CliHarness;

namespace DiplomacyGraph.Tests.Cli;

public class SeedsShowTests
{
    [Fact]
    public void Show_sadiq_on_the_embedded_seeds_lists_his_meetings_with_dates_and_quotes()
    {
        var (code, output, _) = Run("show", "sadiq");

        Assert.Equal(0, code);
        Assert.StartsWith("Muhammad Sadiq  (Person, id muhammad-sadiq)", output, StringComparison.Ordinal);
        var meetingLine = output.Split('\n').First(l => l.Contains("—attended→ Sadiq–Muttaqi meeting", StringComparison.Ordinal));
        Assert.StartsWith("  2025-03-22 (inferred)", meetingLine, StringComparison.Ordinal);
        Assert.Contains("“Ambassador Sadiq met with Afghanistan’s Acting Foreign Minister, Amir Khan Muttaqi, on March 22", CliHarness.Flat(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Show_khan_lists_every_candidate_and_exits_1()
    {
        var (code, _, error) = Run("show", "Khan");

        Assert.Equal(1, code);
        Assert.Contains("amir-khan-muttaqi", error, StringComparison.Ordinal);
        Assert.Contains("shafqat-ali-khan", error, StringComparison.Ordinal);
    }
}
