using DiplomacyGraph.Model;
using NpgsqlTypes;

namespace DiplomacyGraph.PostgreSql.Schema;

/// <summary>
/// A <see cref="DateRange"/> as the two columns that store it: the text as written (read back by <see cref="DateRange.Parse"/>,
/// so precision, basis and exclusive ends survive) and a <c>daterange</c> of the interval of certainty for the GiST indexes.
/// </summary>
internal static class TimeColumn
{
    /// <summary>The interval of certainty, <c>[Earliest, Latest + 1)</c>, unbounded where the range is open.</summary>
    public static NpgsqlRange<DateOnly> Range(DateRange time) => Range(time.Earliest, time.Latest);

    /// <summary>The window <c>[earliest, latest]</c> as a <c>daterange</c>, unbounded at <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/>.</summary>
    public static NpgsqlRange<DateOnly> Range(DateOnly earliest, DateOnly latest)
    {
        var lowerOpen = earliest == DateOnly.MinValue;
        var upperOpen = latest == DateOnly.MaxValue;
        return new NpgsqlRange<DateOnly>(
            lowerOpen ? default : earliest, lowerBoundIsInclusive: !lowerOpen, lowerBoundInfinite: lowerOpen,
            upperOpen ? default : latest.AddDays(1), upperBoundIsInclusive: false, upperBoundInfinite: upperOpen);
    }

    /// <summary>The canonical text form.</summary>
    public static string Text(DateRange time) => time.ToString();

    /// <summary>Reads the text form back.</summary>
    public static DateRange Parse(string text) => DateRange.Parse(text);
}
