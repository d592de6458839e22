using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// The span of a set of times, written as fuzzily as the data is: from the earliest known date (a
/// <see cref="FuzzyDate"/> such as <c>2021</c>) to the latest (<c>2025-05-20</c>), never as invented days.
/// </summary>
internal readonly record struct DateSpan(FuzzyDate? First, FuzzyDate? Last)
{
    /// <summary>From the earliest known bound of any time (a start or an end) to the latest: <c>2021/..</c> and <c>after 2025-05-20</c> span 2021 – 2025-05-20.</summary>
    public static DateSpan Of(IEnumerable<DateRange> times)
    {
        var bounds = times.SelectMany(t => new[] { t.Start, t.End }).OfType<DateBound>().Select(b => b.Date).ToList();
        return bounds.Count == 0 ? default : new DateSpan(bounds.MinBy(d => d.Earliest), bounds.MaxBy(d => d.Latest));
    }

    public bool IsEmpty => First is null && Last is null;

    /// <summary><c>2021 – 2025</c>; one date when both ends are the same; <c>no known dates</c> when there is none.</summary>
    public override string ToString() => (First, Last) switch
    {
        ({ } first, { } last) when first == last => first.ToString(),
        ({ } first, { } last) => $"{first} – {last}",
        _ => "no known dates",
    };
}
