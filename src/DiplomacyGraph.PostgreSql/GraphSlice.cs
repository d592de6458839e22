using System.Collections.Immutable;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.PostgreSql;

/// <summary>
/// Which part of a stored graph <see cref="PostgresGraphStore.LoadAsync"/> reads. Every condition given must hold; with none,
/// the whole graph. The result is always a whole valid graph: every extension type and every source, the chosen entities,
/// and the relations whose two ends (and claimant) are chosen.
/// </summary>
/// <remarks>
/// With <see cref="Around"/> the slice is exactly the in-memory <see cref="NeighbourhoodQueries.Neighbourhood"/> of the stored
/// graph: <c>graph.Neighbourhood(Around, Hops, new QueryFilter { Window = Window, WindowMatch = Strict ? Certainly : Possibly,
/// ThroughKinds = Kinds (none: any), Assertions = Assertions })</c> — a meeting is an entity like any other, so a person's
/// co-attendees are two hops away (person, meeting, person); only <see cref="Assertion.Stated"/> relations are walked unless
/// <see cref="Assertions"/> widens them, never denied ones, and self-loops are left out.
/// </remarks>
/// <example><code>
/// // Muhammad Sadiq's 2-hop neighbourhood during 2025, people and meetings only
/// var slice = new GraphSlice { Around = "muhammad-sadiq", Hops = 2, Window = DateRange.Parse("2025"), Kinds = [EntityKind.Person, EntityKind.Meeting] };
/// DiplomaticGraph part = await store.LoadAsync(slice);
/// </code></example>
public sealed record GraphSlice
{
    /// <summary>
    /// Only relations whose time falls in the window — possibly (overlaps it; <see cref="TimeOrderMode.Lenient"/>) or certainly
    /// (lies inside it; <see cref="TimeOrderMode.Strict"/>), see <see cref="WindowMode"/> — and, without <see cref="Around"/>,
    /// meetings whose own time does; an entity without a time of its own is then kept when a kept relation touches it. With
    /// <see cref="Around"/> the window applies to the relations walked and kept, as in memory. <see langword="null"/>: no time condition.
    /// </summary>
    public DateRange? Window { get; init; }

    /// <summary>How <see cref="Window"/> is read: <see cref="TimeOrderMode.Lenient"/> (possibly inside, the default) or <see cref="TimeOrderMode.Strict"/> (certainly inside).</summary>
    public TimeOrderMode WindowMode { get; init; } = TimeOrderMode.Lenient;

    /// <summary>The id of the entity whose neighbourhood to load; <see langword="null"/> for no neighbourhood condition.</summary>
    public string? Around { get; init; }

    /// <summary>With <see cref="Around"/>: how many relation steps, either direction, from it (default 1). The walk follows only
    /// relations and entities that meet the other conditions.</summary>
    public int Hops { get; init; } = 1;

    /// <summary>
    /// With <see cref="Around"/>: the assertions the walk follows and the slice keeps, as <see cref="QueryFilter.Assertions"/>
    /// (a denied relation never); <see langword="null"/>: <see cref="Assertion.Stated"/> only, as in memory. Without
    /// <see cref="Around"/> every assertion is kept.
    /// </summary>
    public IReadOnlySet<Assertion>? Assertions { get; init; }

    /// <summary>Only entities of these kinds (and the relations between them); empty for every kind. With <see cref="Around"/>,
    /// the kinds the walk may reach (<see cref="QueryFilter.ThroughKinds"/>); the centre is always kept.</summary>
    public ImmutableArray<EntityKind> Kinds { get; init; } = [];
}
