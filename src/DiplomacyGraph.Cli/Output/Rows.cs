using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>An entity in JSON output (docs/cli-json.md), with its inference mark when the curator identified it.</summary>
internal sealed record EntityRow(string Id, EntityKind Kind, string Name, Basis? Basis = null, string? Note = null)
{
    public static EntityRow Of(Entity e) => new(e.Id, e.Kind, e.Name, e.Basis == Model.Basis.Inferred ? e.Basis : null, e.Note);
}

/// <summary>A citation in JSON output: the source's id, title and address, and the quote or the dataset record.</summary>
internal sealed record CitationRow(string Source, string SourceTitle, string? SourceUrl, string? Quote, string? Dataset, string? Record)
{
    public static CitationRow Of(Citation c, DiplomaticGraph graph) => Of(ResolvedCitation.Of(c, graph));

    public static CitationRow Of(ResolvedCitation c) => c.Citation switch
    {
        RecordCitation r => new(c.SourceId, c.SourceTitle, c.SourceUrl, null, r.Dataset, r.Record),
        _ => new(c.SourceId, c.SourceTitle, c.SourceUrl, c.Quote, null, null),
    };
}

/// <summary>A relation in JSON output; <c>time</c> is the date as written; attributes and the inference mark only when there are any.</summary>
internal sealed record RelationRow(
    string Id, string Type, string From, string To, string Time, string? Role, Assertion Assertion, string? ClaimedBy, IReadOnlyList<CitationRow> Citations,
    IReadOnlyDictionary<string, string>? Attributes = null, Basis? Basis = null, string? Note = null)
{
    public static RelationRow Of(Relation r, DiplomaticGraph graph) =>
        new(r.Id, r.Type, r.From, r.To, r.Time.ToString(), r.Role, r.Assertion, r.ClaimedBy, [.. r.Citations.Select(c => CitationRow.Of(c, graph))],
            r.Attributes.Count == 0 ? null : r.Attributes, r.Basis == Model.Basis.Inferred ? r.Basis : null, r.Note);
}

/// <summary>
/// A failure in JSON output (docs/cli-json.md): a problem in a dataset (file, line, column, field), a bad argument, or a name
/// that matched no entity or several (candidates, suggestions). <see cref="Exit"/> is the exit code the command returns.
/// </summary>
internal sealed record ErrorRow(string? File, int? Line, int? Column, string? Field, string Message)
{
    /// <summary>The exit code: 1 not found or ambiguous, 2 invalid input.</summary>
    public int Exit { get; init; } = ExitCodes.InvalidInput;

    /// <summary>For an ambiguous name: every entity that matched equally well.</summary>
    public IReadOnlyList<EntityRow>? Candidates { get; init; }

    /// <summary>For a name that matched nothing: near misses ("did you mean").</summary>
    public IReadOnlyList<EntityRow>? Suggestions { get; init; }

    /// <summary>Further problems, when there are several (a dataset with many errors).</summary>
    public IReadOnlyList<ErrorRow>? Errors { get; init; }

    public static ErrorRow Of(GraphError e) => new(e.Location?.File, e.Location?.Line, e.Location?.Column, e.Field, e.Message);

    public static ErrorRow Of(string message, int exit) => new(null, null, null, null, message) { Exit = exit };
}
