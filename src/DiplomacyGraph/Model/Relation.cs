using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>
/// A dated, sourced edge: <see cref="From"/> —<see cref="Type"/>→ <see cref="To"/> during <see cref="Time"/>,
/// as <see cref="Assertion"/> by <see cref="ClaimedBy"/>, with at least one citation.
/// </summary>
/// <remarks>Parallel relations between the same pair are normal (a history is exactly that); each keeps its own id.</remarks>
[Microsoft.DotNet.Interactive.Formatting.TypeFormatterSource(typeof(DiplomacyGraph.Notebooks.NotebookFormatterSource))]
public sealed class Relation
{
    private readonly ImmutableArray<Citation> citations = [];

    /// <summary>Stable id, unique among the graph's relations.</summary>
    public required string Id { get; init; }

    /// <summary>The relation type's name, from the graph's vocabulary (<see cref="RelationTypes"/>).</summary>
    public required string Type { get; init; }

    /// <summary>The id of the entity the relation starts from.</summary>
    public required string From { get; init; }

    /// <summary>The id of the entity the relation points to.</summary>
    public required string To { get; init; }

    /// <summary>When it held or happened.</summary>
    public DateRange Time { get; init; }

    /// <summary>The part played, such as <c>host</c>, <c>guest</c>, <c>chair</c>, <c>spokesperson</c>, or an office title.</summary>
    public string? Role { get; init; }

    /// <summary>How the sources put it.</summary>
    public Assertion Assertion { get; init; }

    /// <summary>The id of the entity that asserts, alleges or denies it, when that is not the source itself.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>The quotes it rests on; at least one.</summary>
    public ImmutableArray<Citation> Citations { get => citations; init => citations = value.IsDefault ? [] : value; }

    /// <summary>A one-line form for display.</summary>
    public override string ToString() => $"{From} -{Type}-> {To} [{Time}] ({Id})";
}
