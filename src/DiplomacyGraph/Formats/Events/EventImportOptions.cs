namespace DiplomacyGraph.Formats.Events;

/// <summary>How coded event rows become a graph (docs/event-data.md).</summary>
public sealed record EventImportOptions
{
    /// <summary>The defaults: every row one relation, any bad row fails the whole import, no country filter.</summary>
    public static EventImportOptions Default { get; } = new();

    /// <summary>
    /// Whether rows of the same day, actors (and location, for one-actor events) and full CAMEO code become one relation
    /// that keeps every row's record citation and the summed mentions, sources and articles (GDELT repeats an event
    /// across rows). Default false.
    /// </summary>
    public bool Aggregate { get; init; }

    /// <summary>
    /// Whether a bad row (wrong column count, malformed date, code or number) is skipped and counted in the
    /// <see cref="EventImportReport"/> instead of failing the whole import (the default).
    /// </summary>
    public bool SkipBadRows { get; init; }

    /// <summary>
    /// Keeps only rows that name one of these countries as an actor's or the location's country, as the dataset writes
    /// them (ICEWS country names such as <c>Pakistan</c>; GDELT actor codes such as <c>PAK</c>, or the location's FIPS
    /// code such as <c>PK</c>); case-insensitive. Null or empty keeps every row.
    /// </summary>
    public IReadOnlyCollection<string>? Countries { get; init; }

    /// <summary>Limits and progress for reading the files; <see cref="GraphReaderOptions.Default"/> when null.</summary>
    public GraphReaderOptions? Reading { get; init; }
}
