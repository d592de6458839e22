using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>A contradiction in JSON output: its kind, its one-line reason, and the two claims.</summary>
internal sealed record ContradictionRow(ContradictionKind Kind, string Reason, ClaimRow First, ClaimRow Second)
{
    public static ContradictionRow Of(Contradiction c) => new(c.Kind, c.Reason, ClaimRow.Of(c.First), ClaimRow.Of(c.Second));
}

/// <summary>One side of a contradiction: a relation id, or a meeting id and status, with the citations.</summary>
internal sealed record ClaimRow(string? Relation, string? Meeting, MeetingStatus? Status, IReadOnlyList<CitationRow> Citations)
{
    public static ClaimRow Of(ContradictionClaim c) => c switch
    {
        RelationClaim r => new(r.Relation.Id, null, null, [.. c.Citations.Select(CitationRow.Of)]),
        MeetingStatusClaim m => new(null, m.Meeting.Id, m.Status, [.. c.Citations.Select(CitationRow.Of)]),
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "A claim is a relation or a meeting's status."),
    };
}
