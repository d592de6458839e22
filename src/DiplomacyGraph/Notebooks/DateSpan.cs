using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// The span of a set of times, written as fuzzily as the data is: from the earliest known start (a
/// <see cref="FuzzyDate"/> such as <c>2021</c>) to the latest known end (<c>2025-05-20</c>), never as invented days.
/// </summary>
internal readonly record struct DateSpan(FuzzyDate? First, FuzzyDate? Last)
{
    public static DateSpan Of(IEnumerable<DateRange> times)
    {
        var list = times.ToList();
        var starts = list.Where(t => t.Start is not null).ToList();
        var ends = list.Where(t => t.End is not null).ToList();
        return new DateSpan(
            starts.Count == 0 ? null : starts.MinBy(t => t.Earliest).Start!.Value.Date,
            ends.Count == 0 ? null : ends.MaxBy(t => t.Latest).End!.Value.Date);
    }

    public bool IsEmpty => First is null && Last is null;

    /// <summary><c>2021 – 2025</c>; one date when both ends are the same; <c>no known dates</c> when there is none.</summary>
    public override string ToString() => (First, Last) switch
    {
        (null, null) => "no known dates",
        ({ } first, { } last) when first == last => first.ToString(),
        ({ } first, { } last) => $"{first} – {last}",
        ({ } first, null) => $"from {first}",
        (null, { } last) => $"until {last}",
    };
}
