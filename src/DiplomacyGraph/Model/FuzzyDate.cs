using System.Globalization;

namespace DiplomacyGraph.Model;

/// <summary>
/// A calendar date known to a year, a month or a day: <c>2025</c>, <c>2025-03</c>, <c>2025-03-22</c>.
/// It stands for every day from <see cref="Earliest"/> to <see cref="Latest"/>; it is never collapsed
/// to a single <see cref="DateTime"/>.
/// </summary>
/// <example><code>
/// var march = FuzzyDate.Parse("2025-03");
/// march.Earliest; // 2025-03-01
/// march.Latest;   // 2025-03-31
/// march.CompareTo(FuzzyDate.Parse("2025-03-22")); // TimeOrder.Overlaps
/// </code></example>
/// <remarks><c>default(FuzzyDate)</c> is a valid date: the year 0001, like <see cref="FuzzyDate.OfYear"/>(1).</remarks>
public readonly record struct FuzzyDate
{
    // The year less one, so that default(FuzzyDate) is the year 0001 rather than an impossible year 0.
    private readonly short yearLessOne;

    // Month and day, 0 when not known: two bytes instead of two int? (8 bytes per date, 16 of every relation's time).
    private readonly byte month;
    private readonly byte day;

    private FuzzyDate(int year, int? month, int? day)
    {
        yearLessOne = (short)(year - 1);
        this.month = (byte)(month ?? 0);
        this.day = (byte)(day ?? 0);
    }

    /// <summary>The year (1 to 9999).</summary>
    public int Year => yearLessOne + 1;

    /// <summary>The month (1 to 12), when known.</summary>
    public int? Month => month == 0 ? null : month;

    /// <summary>The day of the month, when known.</summary>
    public int? Day => day == 0 ? null : day;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day this date may stand for.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this date may stand for.</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month!.Value, Day!.Value),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month!.Value)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>A date known to the year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999.</exception>
    public static FuzzyDate OfYear(int year)
    {
        CheckYear(year);
        return new FuzzyDate(year, null, null);
    }

    /// <summary>A date known to the month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static FuzzyDate OfMonth(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month runs from 1 to 12.");
        }

        return new FuzzyDate(year, month, null);
    }

    /// <summary>A date known to the day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month (2025-02-30).</exception>
    public static FuzzyDate OfDay(int year, int month, int day)
    {
        var m = OfMonth(year, month);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{year:D4}-{month:D2} has no day {day}.");
        }

        return new FuzzyDate(m.Year, m.Month, day);
    }

    /// <summary>A date known to the day, from a <see cref="DateOnly"/>.</summary>
    public static FuzzyDate OfDay(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <exception cref="FormatException">The text is not one of those forms, or names a date that does not exist.</exception>
    public static FuzzyDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var date, out var error) ? date : throw new FormatException(error);
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="date">The date, when the text is valid.</param>
    /// <param name="error">Why the text is not a date, when it is not.</param>
    public static bool TryParse(string? text, out FuzzyDate date, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        date = default;
        var parts = (text ?? string.Empty).Trim().Split('-');
        if (parts.Length > 3 || !AllDigits(parts, out var numbers) || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            error = $"'{text}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD.";
            return false;
        }

        if (numbers[0] < 1)
        {
            error = $"'{text}' is not a date: the year must be 0001 to 9999.";
            return false;
        }

        if (numbers.Length > 1 && numbers[1] is < 1 or > 12)
        {
            error = $"'{text}' is not a date: there is no month {numbers[1]}.";
            return false;
        }

        if (numbers.Length > 2 && (numbers[2] < 1 || numbers[2] > DateTime.DaysInMonth(numbers[0], numbers[1])))
        {
            error = $"'{text}' is not a date: {numbers[0]:D4}-{numbers[1]:D2} has no day {numbers[2]}.";
            return false;
        }

        date = new FuzzyDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
        error = null;
        return true;
    }

    /// <summary>Three-valued comparison: certainly before, certainly after, or overlapping.</summary>
    public TimeOrder CompareTo(FuzzyDate other) => TimeComparison.Compare(Earliest, Latest, other.Earliest, other.Latest);

    /// <summary>The date as written: <c>2025</c>, <c>2025-03</c> or <c>2025-03-22</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => IsoDay.Format(Earliest),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static void CheckYear(int year)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A year runs from 1 to 9999.");
        }
    }

    private static bool AllDigits(string[] parts, out int[] numbers)
    {
        numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            // TryParse, not Parse: a run of digits too long for an int (found by fuzzing) is just not a date.
            if (parts[i].Length == 0 || !parts[i].All(char.IsAsciiDigit) || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        return true;
    }
}
