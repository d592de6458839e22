using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>A word of the relation vocabulary: its name, whether it has a direction, and which kinds it joins.</summary>
public sealed record RelationType
{
    private readonly ImmutableArray<EntityKind> fromKinds = [];
    private readonly ImmutableArray<EntityKind> toKinds = [];

    /// <summary>The name used in relations, kebab-case (<c>attended</c>, <c>holds-office</c>).</summary>
    public required string Name { get; init; }

    /// <summary>True when from → to reads one way only; false for symmetric types such as <c>met</c>.</summary>
    public bool Directed { get; init; } = true;

    /// <summary>Kinds allowed at the start; empty means any kind.</summary>
    public ImmutableArray<EntityKind> FromKinds { get => fromKinds; init => fromKinds = value.IsDefault ? [] : value; }

    /// <summary>Kinds allowed at the end; empty means any kind.</summary>
    public ImmutableArray<EntityKind> ToKinds { get => toKinds; init => toKinds = value.IsDefault ? [] : value; }

    /// <summary>What the type means, for people reading the vocabulary.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>True when an entity of this kind may stand at the start.</summary>
    public bool AllowsFrom(EntityKind kind) => fromKinds.IsEmpty || fromKinds.Contains(kind);

    /// <summary>True when an entity of this kind may stand at the end.</summary>
    public bool AllowsTo(EntityKind kind) => toKinds.IsEmpty || toKinds.Contains(kind);

    /// <summary>True when both records declare the same vocabulary word.</summary>
    public bool Equals(RelationType? other) =>
        other is not null && Name == other.Name && Directed == other.Directed && Description == other.Description
        && fromKinds.SequenceEqual(other.fromKinds) && toKinds.SequenceEqual(other.toKinds);

    /// <summary>A hash of the name.</summary>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
}
