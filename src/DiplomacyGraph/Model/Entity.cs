using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>A node of the graph: a person, country, organization, place or meeting.</summary>
/// <remarks>Entities have reference identity inside a graph: each id appears once.</remarks>
[Microsoft.DotNet.Interactive.Formatting.TypeFormatterSource(typeof(DiplomacyGraph.Notebooks.NotebookFormatterSource))]
public sealed class Entity
{
    private readonly ImmutableArray<string> aliases = [];
    private readonly ImmutableArray<Citation> citations = [];
    private readonly ImmutableSortedDictionary<string, string> attributes = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Stable id: a kebab-case slug such as <c>ishaq-dar</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the entity is.</summary>
    public required EntityKind Kind { get; init; }

    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names and spellings it is found under.</summary>
    public ImmutableArray<string> Aliases { get => aliases; init => aliases = value.IsDefault ? [] : value; }

    /// <summary>Free-form attributes (key → value), ordered by key.</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get => attributes; init => attributes = value.WithComparers(StringComparer.Ordinal); }

    /// <summary>Quotes that establish the entity; at least one for a meeting.</summary>
    public ImmutableArray<Citation> Citations { get => citations; init => citations = value.IsDefault ? [] : value; }

    /// <summary>Meeting details; present exactly when <see cref="Kind"/> is <see cref="EntityKind.Meeting"/>.</summary>
    public MeetingDetails? Meeting { get; init; }

    /// <summary>The name and id, for display.</summary>
    public override string ToString() => $"{Name} ({Id})";
}
