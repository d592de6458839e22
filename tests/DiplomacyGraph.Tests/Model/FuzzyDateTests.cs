using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Model;

public class FuzzyDateTests
{
    [Theory]
    [InlineData("2025", DatePrecision.Year, "2025-01-01", "2025-12-31")]
    [InlineData("2025-03", DatePrecision.Month, "2025-03-01", "2025-03-31")]
    [InlineData("2025-04", DatePrecision.Month, "2025-04-01", "2025-04-30")]
    [InlineData("2025-02", DatePrecision.Month, "2025-02-01", "2025-02-28")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2024-02-29", DatePrecision.Day, "2024-02-29", "2024-02-29")]
    [InlineData("2025-12-31", DatePrecision.Day, "2025-12-31", "2025-12-31")]
    public void A_partial_date_stands_for_every_day_it_may_be(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = FuzzyDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2025-02-30", "has no day 30")]
    [InlineData("2025-02-29", "has no day 29")]
    [InlineData("2100-02-29", "has no day 29")]
    [InlineData("2025-04-31", "has no day 31")]
    [InlineData("2025-13", "no month 13")]
    [InlineData("2025-00", "no month 0")]
    [InlineData("2025-03-00", "has no day 0")]
    [InlineData("0000", "0001 to 9999")]
    [InlineData("25", "expected YYYY")]
    [InlineData("2025-3-22", "expected YYYY")]
    [InlineData("2025/03/22", "expected YYYY")]
    [InlineData("March 22", "expected YYYY")]
    [InlineData("", "expected YYYY")]
    [InlineData("2025-03-22-01", "expected YYYY")]
    [InlineData("２０２５", "expected YYYY")]
    public void An_impossible_or_malformed_date_is_rejected_with_the_reason(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => FuzzyDate.Parse(text));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_reject_days_that_do_not_exist()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.OfDay(2025, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.OfMonth(2025, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.OfYear(10000));
        Assert.Equal(FuzzyDate.Parse("2024-02-29"), FuzzyDate.OfDay(2024, 2, 29));
    }

    [Theory]
    [InlineData("2025", "2025-03-22", TimeOrder.Overlaps)]
    [InlineData("2025-03", "2025-03-22", TimeOrder.Overlaps)]
    [InlineData("2025-03", "2025-04-01", TimeOrder.Before)]
    [InlineData("2025-03-31", "2025-04", TimeOrder.Before)]
    [InlineData("2025-04", "2025-03-31", TimeOrder.After)]
    [InlineData("2024", "2025-01-01", TimeOrder.Before)]
    [InlineData("2025-03-22", "2025-03-22", TimeOrder.Overlaps)]
    [InlineData("2025-03-23", "2025-03-22", TimeOrder.After)]
    public void Comparison_is_three_valued(string a, string b, TimeOrder expected)
    {
        Assert.Equal(expected, FuzzyDate.Parse(a).CompareTo(FuzzyDate.Parse(b)));
    }
}

public class DefaultDateTests
{
    [Fact]
    public void The_default_fuzzy_date_is_the_year_0001_and_every_member_works()
    {
        var date = default(FuzzyDate);

        Assert.Equal(FuzzyDate.OfYear(1), date);
        Assert.Equal("0001", date.ToString());
        Assert.Equal((new DateOnly(1, 1, 1), new DateOnly(1, 12, 31)), (date.Earliest, date.Latest));
        Assert.Equal(DatePrecision.Year, date.Precision);
        Assert.Equal(date, FuzzyDate.Parse(date.ToString()));
    }

    [Fact]
    public void Default_bounds_and_ranges_are_valid_values()
    {
        var bound = default(DateBound);
        var range = new DateRange(bound, bound);

        Assert.Equal("0001", range.ToString());
        Assert.Equal(range, DateRange.Parse(range.ToString()));
        Assert.Equal("unknown", default(DateRange).ToString());
        Assert.Equal((DateOnly.MinValue, DateOnly.MaxValue), (default(DateRange).Earliest, default(DateRange).Latest));
    }
}
