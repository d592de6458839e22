using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>
/// The attributes of an entity or relation, always ordered by ordinal key comparison, with one shared empty instance:
/// most elements have no attributes, and an empty dictionary made per element (by <c>WithComparers</c> on
/// <see cref="ImmutableSortedDictionary{TKey,TValue}.Empty"/>) cost about 48 bytes of every entity and relation.
/// </summary>
internal static class OrdinalAttributes
{
    /// <summary>The one empty attribute dictionary with the ordinal key comparer.</summary>
    public static ImmutableSortedDictionary<string, string> Empty { get; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary><paramref name="value"/> with the ordinal key comparer; the shared instance when it is empty.</summary>
    public static ImmutableSortedDictionary<string, string> Of(ImmutableSortedDictionary<string, string> value) =>
        value is null || value.IsEmpty ? Empty : value.WithComparers(StringComparer.Ordinal);
}
