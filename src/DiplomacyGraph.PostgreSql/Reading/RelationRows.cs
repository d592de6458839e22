using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>Turns the columns of one relations row, with its attributes and citations, back into a <see cref="Relation"/>.</summary>
internal static class RelationRows
{
    private static readonly ImmutableSortedDictionary<string, string> NoAttributes = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    public static Relation Create(
        string id, string type, string from, string to, DateRange time, string? role, Assertion assertion, string? claimedBy,
        string basis, string? note, ImmutableArray<KeyValuePair<string, string>> attributes, ImmutableArray<Citation> citations) => new()
        {
            Id = id,
            Type = type,
            From = from,
            To = to,
            Time = time,
            Role = role,
            Assertion = assertion,
            ClaimedBy = claimedBy,
            Attributes = attributes.IsEmpty ? NoAttributes : attributes.ToImmutableSortedDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
            Basis = Enum.Parse<Basis>(basis),
            Note = note,
            Citations = citations,
        };
}
