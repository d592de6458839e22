using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Export;

/// <summary>One fact an exported edge stands for: a relation, or a shared attendance of a meeting.</summary>
internal sealed record ExportFact(
    string Id,
    string Type,
    DateRange Time,
    string? Role,
    Assertion Assertion,
    string? ClaimedBy,
    ImmutableArray<Citation> Citations,
    string? Meeting,
    ImmutableSortedDictionary<string, string> Attributes,
    Basis Basis,
    string? Note)
{
    public static ExportFact Of(Relation r) => new(r.Id, r.Type, r.Time, r.Role, r.Assertion, r.ClaimedBy, r.Citations, null, r.Attributes, r.Basis, r.Note);
}
