using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>A relation in JSON output; <c>time</c> is the date as written; attributes and the inference mark only when there are any.</summary>
internal sealed record RelationRow(
    string Id, string Type, string From, string To, string Time, string? Role, Assertion Assertion, string? ClaimedBy, IReadOnlyList<CitationRow> Citations,
    IReadOnlyDictionary<string, string>? Attributes = null, Basis? Basis = null, string? Note = null)
{
    public static RelationRow Of(Relation r, DiplomaticGraph graph) =>
        new(r.Id, r.Type, r.From, r.To, r.Time.ToString(), r.Role, r.Assertion, r.ClaimedBy, [.. r.Citations.Select(c => CitationRow.Of(c, graph))],
            r.Attributes.Count == 0 ? null : r.Attributes, r.Basis == Model.Basis.Inferred ? r.Basis : null, r.Note);
}
