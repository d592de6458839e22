using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>A path in JSON output: its entities in order and its hops.</summary>
internal sealed record PathRow(int Length, IReadOnlyList<EntityRow> Entities, IReadOnlyList<HopRow> Hops)
{
    public static PathRow Of(GraphPath p) => new(p.Length, [.. p.Entities.Select(EntityRow.Of)], [.. p.Hops.Select(HopRow.Of)]);
}

/// <summary>One hop of a path: the relation walked (and whether along its direction), its date as written, its first citation.</summary>
internal sealed record HopRow(
    string Relation, string Type, EntityRow From, EntityRow To, bool Forward, string Time, Assertion Assertion, CitationRow Citation, Basis? Basis = null, string? Note = null)
{
    public static HopRow Of(PathHop h) =>
        new(h.Relation.Id, h.Relation.Type, EntityRow.Of(h.From), EntityRow.Of(h.To), h.Forward, h.Time.ToString(), h.Relation.Assertion, CitationRow.Of(h.FirstCitation),
            h.Relation.Basis == Model.Basis.Inferred ? h.Relation.Basis : null, h.Relation.Note);
}
