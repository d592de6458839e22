using System.Collections.Immutable;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.PostgreSql;

/// <summary>
/// Which part of a stored graph <see cref="PostgresGraphStore.LoadAsync"/> reads. Every condition given must hold; with none,
/// the whole graph. The result is always a whole valid graph: every extension type and every source, the chosen entities,
/// and the relations whose two ends (and claimant) are chosen.
/// </summary>
/// <example><code>
/// // Muhammad Sadiq's 2-hop neighbourhood during 2025, people and meetings only
/// var slice = new GraphSlice { Around = "muhammad-sadiq", Hops = 2, Window = DateRange.Parse("2025"), Kinds = [EntityKind.Person, EntityKind.Meeting] };
/// DiplomaticGraph part = await store.LoadAsync(slice);
/// </code></example>
public sealed record GraphSlice
{
    /// <summary>
    /// Only relations whose time falls in the window — possibly (overlaps it; <see cref="TimeOrderMode.Lenient"/>) or certainly
    /// (lies inside it; <see cref="TimeOrderMode.Strict"/>), see <see cref="WindowMode"/> — and meetings whose own time does.
    /// An entity without a time of its own is kept when a kept relation touches it (or, with <see cref="Around"/>, when it is
    /// reached). <see langword="null"/>: no time condition.
    /// </summary>
    public DateRange? Window { get; init; }

    /// <summary>How <see cref="Window"/> is read: <see cref="TimeOrderMode.Lenient"/> (possibly inside, the default) or <see cref="TimeOrderMode.Strict"/> (certainly inside).</summary>
    public TimeOrderMode WindowMode { get; init; } = TimeOrderMode.Lenient;

    /// <summary>The id of the entity whose neighbourhood to load; <see langword="null"/> for no neighbourhood condition.</summary>
    public string? Around { get; init; }

    /// <summary>With <see cref="Around"/>: how many relation steps, either direction, from it (default 1). The walk follows only
    /// relations and entities that meet the other conditions.</summary>
    public int Hops { get; init; } = 1;

    /// <summary>Only entities of these kinds (and the relations between them); empty for every kind.</summary>
    public ImmutableArray<EntityKind> Kinds { get; init; } = [];
}
