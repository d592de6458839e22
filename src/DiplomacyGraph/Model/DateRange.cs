namespace DiplomacyGraph.Model;

/// <summary>
/// When something happened, as an interval of certainty <c>[Earliest, Latest]</c>: the event lies
/// somewhere in (or spans part of) that interval. Each end is a <see cref="DateBound"/> or open.
/// </summary>
/// <remarks>
/// <para>Text form, used by every format and the CLI (see docs/yaml-format.md):</para>
/// <list type="bullet">
/// <item><c>2025-03-22</c>, <c>2025-03</c>, <c>2025</c>: one fuzzy date; both ends are that date.</item>
/// <item><c>2025-03-22 (inferred)</c>: the curator deduced it; <c>(stated)</c> is the default.</item>
/// <item><c>after 2025-05-20</c> / <c>before 2025-06</c>: open on one side, strictly beyond the date.</item>
/// <item><c>2025-03/2025-05</c>, <c>2021/..</c>, <c>../2025-05-20</c>, <c>after 2025-05-20/2025-07</c>: a span, both ends inclusive unless written <c>after</c> (start) or <c>before</c> (end); <c>..</c> is open.</item>
/// <item><c>unknown</c>: open on both sides.</item>
/// </list>
/// </remarks>
/// <example><code>
/// var upgrade = DateRange.Parse("after 2025-05-20");
/// var beijing = DateRange.Parse("2025-05-20");
/// upgrade.CompareTo(beijing); // TimeOrder.After
/// DateRange.Parse("2025-05").CompareTo(beijing); // TimeOrder.Overlaps
/// </code></example>
public readonly record struct DateRange
{
    /// <summary>Creates a range from its two ends; <see langword="null"/> is an open end.</summary>
    /// <exception cref="ArgumentException">
    /// The range would end before it starts, or an exclusive end leaves no representable day: <c>after 9999-12-31</c>
    /// (no day after it) or <c>before 0001-01-01</c> (none before it), which would otherwise read as an open end.
    /// </exception>
    public DateRange(DateBound? start, DateBound? end)
    {
        Start = start;
        End = end;
        if (start is { Exclusive: true } s && s.Date.Latest == DateOnly.MaxValue)
        {
            throw new ArgumentException($"No day after {s.Date} can be written; 'after {s.Date}' would mean no time at all.", nameof(start));
        }

        if (end is { Exclusive: true } e && e.Date.Earliest == DateOnly.MinValue)
        {
            throw new ArgumentException($"No day before {e.Date} can be written; 'before {e.Date}' would mean no time at all.", nameof(end));
        }

        if (start is not null && end is not null && ComputeEarliest(start) > ComputeLatest(end))
        {
            throw new ArgumentException($"The range {this} ends before it starts.", nameof(end));
        }
    }

    /// <summary>A time about which nothing is known: open on both sides.</summary>
    public static DateRange Unknown => default;

    /// <summary>The start, or <see langword="null"/> when the range is open at the start.</summary>
    public DateBound? Start { get; }

    /// <summary>The end, or <see langword="null"/> when the range is open at the end.</summary>
    public DateBound? End { get; }

    /// <summary>True when nothing is known about the time.</summary>
    public bool IsUnknown => Start is null && End is null;

    /// <summary>The first possible day; <see cref="DateOnly.MinValue"/> when the start is open.</summary>
    public DateOnly Earliest => ComputeEarliest(Start);

    /// <summary>The last possible day; <see cref="DateOnly.MaxValue"/> when the end is open.</summary>
    public DateOnly Latest => ComputeLatest(End);

    /// <summary>A single fuzzy date: <c>2025-03-22</c>, <c>2025-03</c>.</summary>
    public static DateRange On(FuzzyDate date, DateBasis basis = DateBasis.Stated) =>
        new(new DateBound(date, basis), new DateBound(date, basis));

    /// <summary>Strictly after a date, open-ended: <c>after 2025-05-20</c>.</summary>
    public static DateRange After(FuzzyDate date, DateBasis basis = DateBasis.Stated) =>
        new(new DateBound(date, basis, Exclusive: true), null);

    /// <summary>Strictly before a date, open at the start: <c>before 2025-06</c>.</summary>
    public static DateRange Before(FuzzyDate date, DateBasis basis = DateBasis.Stated) =>
        new(null, new DateBound(date, basis, Exclusive: true));

    /// <summary>From one date to another, both inclusive: <c>2025-03/2025-05</c>.</summary>
    public static DateRange Between(FuzzyDate from, FuzzyDate to, DateBasis basis = DateBasis.Stated) =>
        new(new DateBound(from, basis), new DateBound(to, basis));

    /// <summary>Parses the text form described on <see cref="DateRange"/>.</summary>
    /// <exception cref="FormatException">The text is not a valid range.</exception>
    public static DateRange Parse(string text) =>
        TryParse(text, out var range, out var error) ? range : throw new FormatException(error);

    /// <summary>Parses the text form without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="range">The range, when the text is valid.</param>
    /// <param name="error">Why the text is not a range, when it is not.</param>
    public static bool TryParse(string? text, out DateRange range, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error) =>
        DateRangeText.TryParse(text, out range, out error);

    /// <summary>Three-valued comparison with another range.</summary>
    public TimeOrder CompareTo(DateRange other) => TimeComparison.Compare(Earliest, Latest, other.Earliest, other.Latest);

    /// <summary>Three-valued comparison with a single day.</summary>
    public TimeOrder CompareTo(DateOnly day) => TimeComparison.Compare(Earliest, Latest, day, day);

    /// <summary>True when the two intervals of certainty share at least one day.</summary>
    public bool Overlaps(DateRange other) => CompareTo(other) == TimeOrder.Overlaps;

    /// <summary>The canonical text form; <see cref="Parse"/> reads it back to an equal range.</summary>
    public override string ToString() => DateRangeText.Format(this);

    private static DateOnly ComputeEarliest(DateBound? start) => start switch
    {
        null => DateOnly.MinValue,
        { Exclusive: true } s => s.Date.Latest.AddDays(1), // The constructor refuses 'after' the last day.
        { } s => s.Date.Earliest,
    };

    private static DateOnly ComputeLatest(DateBound? end) => end switch
    {
        null => DateOnly.MaxValue,
        { Exclusive: true } e => e.Date.Earliest.AddDays(-1), // The constructor refuses 'before' the first day.
        { } e => e.Date.Latest,
    };
}
