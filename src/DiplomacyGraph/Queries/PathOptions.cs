using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Which relations and entities a path may use, and whether it follows relation direction.</summary>
public sealed record PathOptions
{
    /// <summary>No filter, undirected.</summary>
    public static PathOptions Default { get; } = new();

    /// <summary>Only relations of these types; every type when <see langword="null"/>.</summary>
    public IReadOnlySet<string>? RelationTypes { get; init; }

    /// <summary>Never pass through entities of these kinds (the two ends are always allowed); none avoided when <see langword="null"/>.</summary>
    public IReadOnlySet<EntityKind>? AvoidKinds { get; init; }

    /// <summary>Pass only through entities of these kinds (the two ends are always allowed); any kind when <see langword="null"/>.</summary>
    public IReadOnlySet<EntityKind>? ThroughKinds { get; init; }

    /// <summary>Only relations whose time possibly falls in the window (overlaps it); any time when <see langword="null"/>.</summary>
    public DateRange? Window { get; init; }

    /// <summary>Follow relations only from <see cref="Relation.From"/> to <see cref="Relation.To"/>; by default a relation is walked either way.</summary>
    public bool Directed { get; init; }

    /// <summary>True when a relation passes the type and window filters.</summary>
    public bool Allows(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return (RelationTypes is null || RelationTypes.Contains(relation.Type)) && (Window is not { } w || relation.Time.Overlaps(w));
    }

    /// <summary>True when a path may pass through the entity (as neither of its ends).</summary>
    public bool AllowsThrough(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return (AvoidKinds is null || !AvoidKinds.Contains(entity.Kind)) && (ThroughKinds is null || ThroughKinds.Contains(entity.Kind));
    }
}
