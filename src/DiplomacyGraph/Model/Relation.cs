using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>
/// A dated, sourced edge: <see cref="From"/> —<see cref="Type"/>→ <see cref="To"/> during <see cref="Time"/>,
/// as <see cref="Assertion"/> by <see cref="ClaimedBy"/>, with at least one citation.
/// </summary>
/// <remarks>
/// Parallel relations between the same pair are normal (a history is exactly that); each keeps its own id.
/// A record, so that a changed copy is <c>relation with { … }</c>; equality stays identity, as each id appears once in a graph.
/// </remarks>
[Microsoft.DotNet.Interactive.Formatting.TypeFormatterSource(typeof(DiplomacyGraph.Notebooks.NotebookFormatterSource))]
public sealed record Relation
{
    private readonly ImmutableArray<Citation> citations = [];
    // The public sorted dictionary, or the template of the compact form an import made (AttributeTemplate, with the one value
    // the relation holds itself in attributeNumber): no object of its own per imported relation, a dictionary made when read.
    private readonly object attributes = OrdinalAttributes.Empty;
    private readonly double attributeNumber;

    /// <summary>Stable id, unique among the graph's relations.</summary>
    public required string Id { get; init; }

    /// <summary>The relation type's name, from the graph's vocabulary (<see cref="BuiltInRelationTypes"/>).</summary>
    public required string Type { get; init; }

    /// <summary>The id of the entity the relation starts from.</summary>
    public required string From { get; init; }

    /// <summary>The id of the entity the relation points to.</summary>
    public required string To { get; init; }

    /// <summary>
    /// When it held or happened. Left <see cref="DateRange.Unknown"/> on a relation touching a statement or a meeting,
    /// the builder gives it that statement's (else meeting's) time.
    /// </summary>
    public DateRange Time { get; init; }

    /// <summary>The part played, such as <c>host</c>, <c>guest</c>, <c>chair</c>, <c>spokesperson</c>, <c>speaker</c>, or an office title.</summary>
    public string? Role { get; init; }

    /// <summary>How the sources put it.</summary>
    public Assertion Assertion { get; init; }

    /// <summary>The id of the entity that asserts, alleges or denies it, when that is not the source itself.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>Free-form qualifiers (key → value), ordered by key: a CAMEO code, a Goldstein score, a count of mentions…</summary>
    /// <remarks>An imported relation may hold its attributes compactly: then each read makes the dictionary.</remarks>
    public ImmutableSortedDictionary<string, string> Attributes
    {
        get => attributes as ImmutableSortedDictionary<string, string> ?? new PackedAttributes((AttributeTemplate)attributes, attributeNumber).ToImmutable();
        init => attributes = OrdinalAttributes.Of(value);
    }

    /// <summary>The attributes without making a dictionary of compactly held ones (ordered by key).</summary>
    internal IReadOnlyDictionary<string, string> StoredAttributes =>
        attributes as IReadOnlyDictionary<string, string> ?? new PackedAttributes((AttributeTemplate)attributes, attributeNumber);

    /// <summary>The shared template of compactly held attributes, or <see langword="null"/> for a dictionary of the relation's own.</summary>
    internal AttributeTemplate? Template => attributes as AttributeTemplate;

    /// <summary>Sets the attributes in their compact form (the event import): a shared template and the number of its number slot.</summary>
    internal (AttributeTemplate Template, double Number) Packed
    {
        init
        {
            attributes = value.Template;
            attributeNumber = value.Number;
        }
    }

    /// <summary>Whether a source says it, or the curator concluded it (<see cref="Note"/> says how).</summary>
    public Basis Basis { get; init; }

    /// <summary>The curator's note: why an <see cref="Basis.Inferred"/> relation holds (required then), or any remark.</summary>
    public string? Note { get; init; }

    /// <summary>The citations it rests on; at least one.</summary>
    public ImmutableArray<Citation> Citations { get => citations; init => citations = value.IsDefault ? [] : value; }

    /// <summary>True when the relation is of <paramref name="type"/>: compare with the typed vocabulary word, not its spelling.</summary>
    /// <example><c>relation.Is(BuiltInRelationTypes.Said)</c></example>
    public bool Is(RelationType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return string.Equals(Type, type.Name, StringComparison.Ordinal);
    }

    /// <summary>True only for the same object: a relation's identity is its place in a graph.</summary>
    public bool Equals(Relation? other) => ReferenceEquals(this, other);

    /// <summary>The identity hash.</summary>
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>A one-line form for display.</summary>
    public override string ToString() => $"{From} -{Type}-> {To} [{Time}] ({Id})";
}
