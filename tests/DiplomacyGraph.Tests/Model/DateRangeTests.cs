using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Model;

public class DateRangeTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-03-22", "2025-03-22", "2025-03-22")]
    [InlineData("2025-03", "2025-03-01", "2025-03-31")]
    [InlineData("after 2025-05-20", "2025-05-21", null)]
    [InlineData("after 2025-05", "2025-06-01", null)]
    [InlineData("before 2025-06", null, "2025-05-31")]
    [InlineData("before 2024-03-01", null, "2024-02-29")]
    [InlineData("2025-03/2025-05", "2025-03-01", "2025-05-31")]
    [InlineData("2021/..", "2021-01-01", null)]
    [InlineData("../2025-05-20", null, "2025-05-20")]
    [InlineData("after 2025-05-20/2025-07", "2025-05-21", "2025-07-31")]
    [InlineData("2025-01/before 2025-03", "2025-01-01", "2025-02-28")]
    [InlineData("unknown", null, null)]
    public void A_range_is_an_interval_of_certainty(string text, string? earliest, string? latest)
    {
        var range = DateRange.Parse(text);

        Assert.Equal(earliest is null ? DateOnly.MinValue : Day(earliest), range.Earliest);
        Assert.Equal(latest is null ? DateOnly.MaxValue : Day(latest), range.Latest);
    }

    [Theory]
    [InlineData("2025-03-22")]
    [InlineData("2025-03-22 (inferred)")]
    [InlineData("after 2025-05-20")]
    [InlineData("after 2025-05-20 (inferred)")]
    [InlineData("before 2025-06")]
    [InlineData("2025-03/2025-05")]
    [InlineData("2025-03 (inferred)/2025-05")]
    [InlineData("2021/..")]
    [InlineData("../2025-05-20")]
    [InlineData("after 2025-05-20/2025-07 (inferred)")]
    [InlineData("unknown")]
    public void The_canonical_text_reads_back_to_an_equal_range(string text)
    {
        var range = DateRange.Parse(text);

        Assert.Equal(text, range.ToString());
        Assert.Equal(range, DateRange.Parse(range.ToString()));
    }

    [Fact]
    public void Each_end_records_whether_it_is_stated_or_inferred()
    {
        var range = DateRange.Parse("2025-03 (inferred)/2025-05");

        Assert.Equal(DateBasis.Inferred, range.Start!.Value.Basis);
        Assert.Equal(DateBasis.Stated, range.End!.Value.Basis);
        Assert.Equal(DateRange.Parse("2025-03-22"), DateRange.Parse("2025-03-22 (stated)"));
        Assert.NotEqual(DateRange.Parse("2025-03-22"), DateRange.Parse("2025-03-22 (inferred)"));
    }

    [Theory]
    [InlineData("2025-02-30", "no day 30")]
    [InlineData("after 2025-13", "no month 13")]
    [InlineData("2025-05/2025-03", "ends before it starts")]
    [InlineData("after 2025-05-20/2025-05-20", "ends before it starts")]
    [InlineData("", "A time is required")]
    [InlineData("soon", "is not a date")]
    [InlineData("after", "is not a date")]
    [InlineData("2025-03-22 (guessed)", "is not a date")]
    public void Invalid_ranges_are_rejected_with_the_reason(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => DateRange.Parse(text));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("after 2025-05-20", "2025-05-20", TimeOrder.After)]
    [InlineData("after 2025-05-20", "2025-05-21", TimeOrder.Overlaps)]
    [InlineData("after 2025-05-20", "2025-05", TimeOrder.Overlaps)]
    [InlineData("2021/..", "2025-04-19", TimeOrder.Overlaps)]
    [InlineData("before 2025-04", "2025-04-19", TimeOrder.Before)]
    [InlineData("unknown", "2025-04-19", TimeOrder.Overlaps)]
    [InlineData("2025-03 (inferred)", "2025-04-19", TimeOrder.Before)]
    [InlineData("2025", "2025-06/2025-07", TimeOrder.Overlaps)]
    [InlineData("2024-12-31", "2025", TimeOrder.Before)]
    public void Ranges_compare_three_valued(string a, string b, TimeOrder expected)
    {
        Assert.Equal(expected, DateRange.Parse(a).CompareTo(DateRange.Parse(b)));
    }

    [Fact]
    public void An_unknown_time_overlaps_every_time_and_is_the_default()
    {
        Assert.True(default(DateRange).IsUnknown);
        Assert.Equal(DateRange.Unknown, DateRange.Parse("unknown"));
        Assert.True(DateRange.Unknown.Overlaps(DateRange.Parse("1999-01-01")));
    }

    [Fact]
    public void Constructing_a_backwards_range_throws()
    {
        Assert.Throws<ArgumentException>(() => DateRange.Between(FuzzyDate.Parse("2025-05"), FuzzyDate.Parse("2025-03")));
    }
}
