using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A time-respecting path found by <see cref="EarliestArrivalQueries.EarliestArrival"/>, with when the end is reached.</summary>
[Microsoft.DotNet.Interactive.Formatting.TypeFormatterSource(typeof(DiplomacyGraph.Notebooks.NotebookFormatterSource))]
public sealed record TimeRespectingPath
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal TimeRespectingPath(GraphPath path, TimeOrderMode mode, DateOnly start, DateOnly earliestArrival, DateOnly reachedBy)
    {
        Path = path;
        Mode = mode;
        Start = start;
        EarliestArrival = earliestArrival;
        ReachedBy = reachedBy;
    }

    /// <summary>The hops, in the order they happen.</summary>
    public GraphPath Path { get; init; }

    /// <summary>How fuzzy times were ordered.</summary>
    public TimeOrderMode Mode { get; init; }

    /// <summary>The day the search started from (no hop before it).</summary>
    public DateOnly Start { get; init; }

    /// <summary>
    /// 
    /// The earliest day the end could be reached along this path: the latest of <see cref="Start"/> and the hops'
    /// earliest possible days. In <see cref="TimeOrderMode.Lenient"/> mode it is what the search minimizes.
    /// 
    /// </summary>
    public DateOnly EarliestArrival { get; init; }

    /// <summary>
    /// 
    /// The day by which the end is certainly reached along this path: the last hop's latest possible day
    /// (<see cref="DateOnly.MaxValue"/> when open-ended; <see cref="Start"/> for an empty path). In
    /// <see cref="TimeOrderMode.Strict"/> mode it is what the search minimizes.
    /// 
    /// </summary>
    public DateOnly ReachedBy { get; init; }

    /// <summary>One line: <c>Amir Khan Muttaqi → Muhammad Sadiq → Ishaq Dar; earliest arrival 2025-03-23; certainly reached by: no bound (lenient time order, starting 2025-03-01)</c>.</summary>
    public override string ToString() =>
        $"{Path}; earliest arrival {IsoDay.Format(EarliestArrival)}; certainly reached by: "
        + (ReachedBy == DateOnly.MaxValue ? "no bound" : IsoDay.Format(ReachedBy))
        + $" ({Mode.ToString().ToLowerInvariant()} time order, starting {IsoDay.Format(Start)})";
}
