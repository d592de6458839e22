using DiplomacyGraph.Tests.Formats.Events;

namespace DiplomacyGraph.Tests.Cli;

public class ImportCommandTests
{
    [Fact]
    public void History_on_the_raw_ICEWS_file_lists_the_intent_to_cooperate_events_with_their_publisher()
    {
        var (code, output, error) = CliHarness.Run("--graph", EventFixtures.Icews, "history", "Pakistan", "India");

        Assert.Equal(0, code);
        var flat = CliHarness.Flat(output);
        Assert.Contains("2018-06-01  Pakistan —agree→ India (CAMEO 030: Express intent to cooperate, not specified below)", flat, StringComparison.Ordinal);
        Assert.Contains("ICEWS story 47400416 (Irish Times) — Irish Times", flat, StringComparison.Ordinal);
        Assert.Contains("3,705 rows read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_writes_a_dataset_that_loads_back_with_the_same_relations()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dipgraph-import-{Guid.NewGuid():N}.json");
        try
        {
            var (code, _, error) = CliHarness.Run("import", "gdelt", EventFixtures.Gdelt1, "--country", "PAK,AFG,PK,AF", "--aggregate", "--out", path);

            Assert.Equal(0, code);
            Assert.Contains("682 rows left out by --country", error, StringComparison.Ordinal);
            var graph = DiplomaticGraph.Load(path);
            Assert.Equal(27, EventFixtures.Events(graph).Count());
            Assert.All(EventFixtures.Events(graph), r => Assert.Equal("GDELT", Assert.IsType<DiplomacyGraph.Model.RecordCitation>(r.Citations[0]).Dataset));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_bad_row_fails_the_import_with_its_location_and_skip_bad_rows_reports_it()
    {
        var lines = File.ReadAllLines(EventFixtures.Icews).Take(3).ToList();
        lines.Add("not\tan\tevent");
        var path = EventFixtures.Temp(string.Join('\n', lines) + "\n", ".tab");
        try
        {
            var (code, _, error) = CliHarness.Run("import", "icews", path, "--out", path + ".yaml");
            Assert.Equal(2, code);
            Assert.Contains($"{path}:4:1: row: The row has 3 tab-separated columns; the header has 20.", error, StringComparison.Ordinal);
            Assert.False(File.Exists(path + ".yaml"));

            var (skipped, _, report) = CliHarness.Run("import", "icews", path, "--skip-bad-rows", "--out", path + ".yaml");
            Assert.Equal(0, skipped);
            Assert.Contains("1 bad rows skipped: wrong column count", report, StringComparison.Ordinal);
            Assert.Equal(2, EventFixtures.Events(DiplomaticGraph.Load(path + ".yaml")).Count());
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".yaml");
        }
    }
}
