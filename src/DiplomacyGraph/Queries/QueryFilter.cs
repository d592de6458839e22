using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// The one filter every query takes (<c>History</c>, <c>Timeline</c>, <c>ShortestPath</c>, <c>CheapestPath</c>,
/// <c>KShortestPaths</c>, <c>AllPaths</c>, <c>EarliestArrival</c>, <c>Neighbourhood</c>): which relation types, which kinds
/// of entity may be passed through, which assertions, and a time window a relation must possibly or certainly fall in.
/// </summary>
/// <remarks>
/// <para>A <see cref="Assertion.Denied"/> relation is never a link: paths, reach and neighbourhoods never walk it, whatever
/// <see cref="Assertions"/> says. Histories and timelines list it (a denial is part of the story).</para>
/// <para>When <see cref="Assertions"/> is <see langword="null"/> each query takes its own default: paths, reach and
/// neighbourhoods walk only <see cref="Assertion.Stated"/> relations (widen explicitly to <see cref="Assertion.Alleged"/> or
/// <see cref="Assertion.Planned"/>); histories and timelines keep every assertion.</para>
/// </remarks>
public sealed record QueryFilter
{
    /// <summary>No filter: every type, every kind, each query's default assertions, any time, undirected.</summary>
    public static QueryFilter Default { get; } = new();

    /// <summary>Only relations of these types (a meeting row of a history counts as <c>attended</c>); every type when <see langword="null"/>.</summary>
    public IReadOnlySet<string>? OnlyTypes { get; init; }

    /// <summary>
    /// Never pass through entities of these kinds; none avoided when <see langword="null"/>. For paths and neighbourhoods, the
    /// ends (the centre) are always allowed; for histories and timelines, no member of these kinds acts for a party.
    /// </summary>
    public IReadOnlySet<EntityKind>? AvoidKinds { get; init; }

    /// <summary>Pass only through entities of these kinds (ends always allowed; for histories, only members of these kinds act for a party); any kind when <see langword="null"/>.</summary>
    public IReadOnlySet<EntityKind>? ThroughKinds { get; init; }

    /// <summary>Only relations with these assertions; the query's default when <see langword="null"/> (see the remarks). Denied is never walked by paths.</summary>
    public IReadOnlySet<Assertion>? Assertions { get; init; }

    /// <summary>Only what falls in this window (see <see cref="WindowMatch"/>); any time when <see langword="null"/>.</summary>
    public DateRange? Window { get; init; }

    /// <summary>Whether a time must possibly (default) or certainly fall in <see cref="Window"/>.</summary>
    public WindowMatch WindowMatch { get; init; }

    /// <summary>Follow relations only from <see cref="Relation.From"/> to <see cref="Relation.To"/> (for a history: from the first party's side to the second's); by default either way.</summary>
    public bool Directed { get; init; }

    /// <summary>Only <see cref="Assertion.Stated"/>: what paths, reach and neighbourhoods walk by default.</summary>
    public static IReadOnlySet<Assertion> StatedOnly { get; } = new HashSet<Assertion> { Assertion.Stated };

    /// <summary>Every assertion: what histories and timelines list by default.</summary>
    public static IReadOnlySet<Assertion> AnyAssertion { get; } = Enum.GetValues<Assertion>().ToHashSet();

    /// <summary>How <paramref name="time"/> falls in <see cref="Window"/>: <see langword="null"/> when it does not; <see cref="WindowMatch.Certainly"/> when there is no window.</summary>
    internal WindowMatch? Fit(DateRange time)
    {
        if (Window is not { } w)
        {
            return WindowMatch.Certainly;
        }

        if (time.Earliest >= w.Earliest && time.Latest <= w.Latest)
        {
            return WindowMatch.Certainly;
        }

        return WindowMatch == WindowMatch.Possibly && time.Overlaps(w) ? WindowMatch.Possibly : null;
    }

    /// <summary>True when the time falls in the window as <see cref="WindowMatch"/> asks (always, without a window).</summary>
    public bool InWindow(DateRange time) => Fit(time) is not null;

    /// <summary>
    /// True when a path may walk the relation: its type and time pass, its assertion is among <see cref="Assertions"/>
    /// (<see cref="StatedOnly"/> by default), and it is not denied.
    /// </summary>
    public bool Allows(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return relation.Assertion != Assertion.Denied && (Assertions ?? StatedOnly).Contains(relation.Assertion) && AllowsTypeAndTime(relation);
    }

    /// <summary>True when the relation passes the type and window filters (assertions aside).</summary>
    internal bool AllowsTypeAndTime(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return (OnlyTypes is null || OnlyTypes.Contains(relation.Type)) && InWindow(relation.Time);
    }

    /// <summary>True when a path may pass through the entity (as neither of its ends).</summary>
    public bool AllowsThrough(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return AllowsThrough(entity.Kind);
    }

    /// <summary>True when a path may pass through an entity of this kind.</summary>
    public bool AllowsThrough(EntityKind kind) =>
        (AvoidKinds is null || !AvoidKinds.Contains(kind)) && (ThroughKinds is null || ThroughKinds.Contains(kind));
}
