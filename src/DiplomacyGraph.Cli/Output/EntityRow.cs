using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>An entity in JSON output (docs/cli-json.md), with its inference mark when the curator identified it.</summary>
internal sealed record EntityRow(string Id, EntityKind Kind, string Name, Basis? Basis = null, string? Note = null)
{
    public static EntityRow Of(Entity e) => new(e.Id, e.Kind, e.Name, e.Basis == Model.Basis.Inferred ? e.Basis : null, e.Note);
}
