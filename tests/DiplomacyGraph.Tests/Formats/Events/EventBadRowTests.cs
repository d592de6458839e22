using DiplomacyGraph.Formats.Events;

namespace DiplomacyGraph.Tests.Formats.Events;

public class EventBadRowTests
{
    private static readonly string[] IcewsLines = File.ReadAllLines(EventFixtures.Icews).Take(4).ToArray();

    /// <summary>The ICEWS header and three rows, the third row changed by <paramref name="change"/>.</summary>
    private static string Icews(Func<string[], string[]> change) =>
        string.Join('\n', IcewsLines[0], IcewsLines[1], IcewsLines[2], string.Join('\t', change(IcewsLines[3].Split('\t')))) + "\n";

    private static string[] Set(string[] fields, int index, string value)
    {
        fields[index] = value;
        return fields;
    }

    [Fact]
    public void A_malformed_date_is_an_error_at_its_line_and_column_naming_the_column()
    {
        var text = Icews(f => Set(f, 1, "2018-13-01"));

        var error = Assert.Throws<GraphFormatException>(() => EventImport.Read(EventDataset.Icews, new StringReader(text), "bad.tab"));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("bad.tab", 4, IcewsLines[3].IndexOf('\t', StringComparison.Ordinal) + 2), (only.Location!.File, only.Location.Line, only.Location.Column));
        Assert.Equal("Event Date", only.Field);
        Assert.Contains("'2018-13-01'", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_CAMEO_code_is_an_error_naming_the_column()
    {
        var error = Assert.Throws<GraphFormatException>(() => EventImport.Read(EventDataset.Icews, new StringReader(Icews(f => Set(f, 6, "21X"))), "bad.tab"));

        Assert.Equal("CAMEO Code", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void A_row_with_the_wrong_column_count_is_an_error_at_its_line()
    {
        var error = Assert.Throws<GraphFormatException>(() => EventImport.Read(EventDataset.Icews, new StringReader(Icews(f => f[..^2])), "bad.tab"));

        var only = Assert.Single(error.Errors);
        Assert.Equal((4, "row"), (only.Location!.Line, only.Field));
        Assert.Contains("18 tab-separated columns", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_GDELT_row_of_an_unknown_layout_is_an_error_naming_the_three_layouts()
    {
        var line = File.ReadLines(EventFixtures.Gdelt1).First();

        var error = Assert.Throws<GraphFormatException>(() => EventImport.Read(EventDataset.Gdelt, new StringReader(line + "\textra\textra\n"), "bad.csv"));

        Assert.Contains("61 (2.0 export), 58 (1.0 daily) or 57 (1.0 historical)", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_GDELT_count_is_an_error_at_its_column()
    {
        var fields = File.ReadLines(EventFixtures.Gdelt1).First().Split('\t');
        fields[31] = "many";

        var error = Assert.Throws<GraphFormatException>(() => EventImport.Read(EventDataset.Gdelt, new StringReader(string.Join('\t', fields)), "bad.csv"));

        var only = Assert.Single(error.Errors);
        Assert.Equal("NumMentions", only.Field);
        Assert.Equal(string.Join('\t', fields[..31]).Length + 2, only.Location!.Column);
    }

    [Fact]
    public void By_default_one_bad_row_fails_the_whole_import()
    {
        var path = EventFixtures.Temp(Icews(f => Set(f, 1, "yesterday")), ".tab");
        try
        {
            Assert.Throws<GraphFormatException>(() => DiplomaticGraph.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Skipping_bad_rows_imports_the_rest_and_reports_how_many_and_why()
    {
        var text = string.Join('\n', IcewsLines[0], IcewsLines[1], string.Join('\t', Set(IcewsLines[2].Split('\t'), 1, "yesterday")), string.Join('\t', IcewsLines[3].Split('\t')[..5])) + "\n";

        var result = EventImport.Read(EventDataset.Icews, new StringReader(text), "bad.tab", new EventImportOptions { SkipBadRows = true });

        Assert.Single(EventFixtures.Events(result.Graph));
        Assert.Equal(2, result.Report.SkippedRows);
        Assert.Equal(1, result.Report.Skipped["malformed date"]);
        Assert.Equal(1, result.Report.Skipped["wrong column count"]);
        Assert.Equal([3, 4], result.Report.SkippedExamples.Select(e => e.Location!.Line));
        Assert.Contains("bad rows skipped: malformed date", result.Report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_GDELT_file_given_as_ICEWS_is_refused_at_its_first_line()
    {
        var error = Assert.Throws<GraphFormatException>(() => EventImport.Load(EventDataset.Icews, [EventFixtures.Gdelt1]));

        Assert.Equal(1, Assert.Single(error.Errors).Location!.Line);
    }
}
