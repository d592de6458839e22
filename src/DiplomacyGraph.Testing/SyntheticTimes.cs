using DiplomacyGraph.Model;

namespace DiplomacyGraph.Testing;

/// <summary>Random fuzzy times over the thirty years 1995–2024: days, months and years, stated or inferred, spans and open ranges.</summary>
internal static class SyntheticTimes
{
    public const int FirstYear = 1995;
    public const int Years = 30;
    private static readonly DateOnly First = new(FirstYear, 1, 1);
    private static readonly int Days = new DateOnly(FirstYear + Years, 1, 1).DayNumber - First.DayNumber;

    /// <summary>A day somewhere in the thirty years.</summary>
    public static DateOnly Day(SplitMix64 random) => First.AddDays(random.Next(Days));

    /// <summary>A date at a random precision: day (60%), month (25%) or year (15%).</summary>
    public static FuzzyDate Date(SplitMix64 random)
    {
        var day = Day(random);
        var roll = random.NextDouble();
        return roll < 0.60 ? FuzzyDate.OfDay(day) : roll < 0.85 ? FuzzyDate.OfMonth(day.Year, day.Month) : FuzzyDate.OfYear(day.Year);
    }

    /// <summary>The time of an event: mostly one fuzzy date, sometimes inferred, a span, or open on one side.</summary>
    public static DateRange Event(SplitMix64 random)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.75 => DateRange.On(Date(random)),
            < 0.82 => DateRange.On(Date(random), DateBasis.Inferred),
            < 0.87 => DateRange.After(Date(random)),
            < 0.90 => DateRange.Before(Date(random)),
            < 0.97 => Span(random),
            _ => new DateRange(new DateBound(Date(random)), null),
        };
    }

    /// <summary>A closed span of whole months: <c>2011-03/2011-07</c>.</summary>
    public static DateRange Span(SplitMix64 random)
    {
        var start = Day(random);
        var end = start.AddMonths(random.Between(1, 24));
        end = end.Year >= FirstYear + Years ? start : end;
        return DateRange.Between(FuzzyDate.OfMonth(start.Year, start.Month), FuzzyDate.OfMonth(end.Year, end.Month));
    }

    /// <summary>A term of office in whole years, open-ended for a third of holders (still in office).</summary>
    public static DateRange Term(SplitMix64 random)
    {
        var start = FirstYear + random.Next(Years);
        if (random.Chance(1.0 / 3))
        {
            return new DateRange(new DateBound(FuzzyDate.OfYear(start)), null);
        }

        var end = Math.Min(FirstYear + Years - 1, start + random.Between(0, 8));
        return DateRange.Between(FuzzyDate.OfYear(start), FuzzyDate.OfYear(end));
    }

    /// <summary>When a meeting took place: a day (80%), a month (15%), or "after" a day when only announced (5%).</summary>
    public static DateRange Meeting(SplitMix64 random)
    {
        var day = Day(random);
        var roll = random.NextDouble();
        return roll < 0.80 ? DateRange.On(FuzzyDate.OfDay(day))
            : roll < 0.95 ? DateRange.On(FuzzyDate.OfMonth(day.Year, day.Month))
            : DateRange.After(FuzzyDate.OfDay(day));
    }
}
