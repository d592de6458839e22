using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>A node of the graph: a person, country, organization, place, meeting or statement.</summary>
/// <remarks>
/// A record, so that a changed copy is <c>entity with { … }</c>; equality stays identity, as inside a graph each id
/// appears once (two entities are equal only when they are the same object).
/// </remarks>
[Microsoft.DotNet.Interactive.Formatting.TypeFormatterSource(typeof(DiplomacyGraph.Notebooks.NotebookFormatterSource))]
public sealed record Entity
{
    private readonly ImmutableArray<string> aliases = [];
    private readonly ImmutableArray<Citation> citations = [];
    private readonly ImmutableSortedDictionary<string, string> attributes = OrdinalAttributes.Empty;

    /// <summary>Stable id: a kebab-case slug such as <c>ishaq-dar</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the entity is.</summary>
    public required EntityKind Kind { get; init; }

    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names and spellings it is found under.</summary>
    public ImmutableArray<string> Aliases { get => aliases; init => aliases = value.IsDefault ? [] : value; }

    /// <summary>Free-form attributes (key → value), ordered by key.</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get => attributes; init => attributes = OrdinalAttributes.Of(value); }

    /// <summary>The citations that establish the entity; at least one for a meeting or a statement (a statement's words).</summary>
    public ImmutableArray<Citation> Citations { get => citations; init => citations = value.IsDefault ? [] : value; }

    /// <summary>Whether a source says what the entity is, or the curator identified it (<see cref="Note"/> says how).</summary>
    public Basis Basis { get; init; }

    /// <summary>The curator's note: why an <see cref="Basis.Inferred"/> entity is what it is (required then), or any remark.</summary>
    public string? Note { get; init; }

    /// <summary>Meeting details; present exactly when <see cref="Kind"/> is <see cref="EntityKind.Meeting"/>.</summary>
    public MeetingDetails? Meeting { get; init; }

    /// <summary>Statement details; present exactly when <see cref="Kind"/> is <see cref="EntityKind.Statement"/>.</summary>
    public StatementDetails? Statement { get; init; }

    /// <summary>When a meeting or statement happened; <see cref="DateRange.Unknown"/> for other kinds.</summary>
    public DateRange Time => Meeting?.Time ?? Statement?.Time ?? DateRange.Unknown;

    /// <summary>True only for the same object: an entity's identity is its place in a graph.</summary>
    public bool Equals(Entity? other) => ReferenceEquals(this, other);

    /// <summary>The identity hash.</summary>
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>The name and id, for display.</summary>
    public override string ToString() => $"{Name} ({Id})";
}
