using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A time-respecting path found by <see cref="EarliestArrivalQueries.EarliestArrival"/>, with when the end is reached.</summary>
/// <param name="Path">The hops, in the order they happen.</param>
/// <param name="Mode">How fuzzy times were ordered.</param>
/// <param name="Start">The day the search started from (no hop before it).</param>
/// <param name="EarliestArrival">
/// The earliest day the end could be reached along this path: the latest of <paramref name="Start"/> and the hops'
/// earliest possible days. In <see cref="TimeOrderMode.Lenient"/> mode it is what the search minimizes.
/// </param>
/// <param name="ReachedBy">
/// The day by which the end is certainly reached along this path: the last hop's latest possible day
/// (<see cref="DateOnly.MaxValue"/> when open-ended; <paramref name="Start"/> for an empty path). In
/// <see cref="TimeOrderMode.Strict"/> mode it is what the search minimizes.
/// </param>
[Microsoft.DotNet.Interactive.Formatting.TypeFormatterSource(typeof(DiplomacyGraph.Notebooks.NotebookFormatterSource))]
public sealed record TimeRespectingPath(GraphPath Path, TimeOrderMode Mode, DateOnly Start, DateOnly EarliestArrival, DateOnly ReachedBy)
{
    /// <summary>One line: <c>Amir Khan Muttaqi → Muhammad Sadiq → Ishaq Dar; earliest arrival 2025-03-23; certainly reached by: no bound (lenient time order, starting 2025-03-01)</c>.</summary>
    public override string ToString() =>
        $"{Path}; earliest arrival {IsoDay.Format(EarliestArrival)}; certainly reached by: "
        + (ReachedBy == DateOnly.MaxValue ? "no bound" : IsoDay.Format(ReachedBy))
        + $" ({Mode.ToString().ToLowerInvariant()} time order, starting {IsoDay.Format(Start)})";
}
