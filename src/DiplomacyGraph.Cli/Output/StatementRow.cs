using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>A statement in JSON output (docs/cli-json.md): what it does, who made it, where, about what, and its words.</summary>
internal sealed record StatementRow(
    string Act, string Speech, string Time, IReadOnlyList<string> Topics, IReadOnlyList<SpeakerRow> Speakers, EntityRow? Occasion,
    IReadOnlyList<EntityRow> Subjects, IReadOnlyList<CitationRow> Words)
{
    public static StatementRow Of(StatementFacts s) => new(
        StatementQueries.ActText(s.Details.Act), StatementQueries.SpeechText(s.Details.Speech), s.Details.Time.ToString(), s.Details.Topics,
        [.. s.Speakers.Select(p => new SpeakerRow(EntityRow.Of(p.Speaker), p.Role, p.Relation.Id))],
        s.Occasion is null ? null : EntityRow.Of(s.Occasion), [.. s.Subjects.Select(EntityRow.Of)], [.. s.Words.Select(CitationRow.Of)]);
}

/// <summary>One speaker of a statement: who, in what role, by which <c>said</c> relation.</summary>
internal sealed record SpeakerRow(EntityRow Speaker, string? Role, string Relation);

/// <summary>An inference mark in JSON output: the element the curator inferred, and why.</summary>
internal sealed record MarkRow(string Id, string Note)
{
    /// <summary>The marks of the given elements that are inferred, or null (left out) when none is.</summary>
    public static IReadOnlyList<MarkRow>? Of(IEnumerable<(string Id, Basis Basis, string? Note)> elements)
    {
        var marks = elements.Where(e => e.Basis == Basis.Inferred).Select(e => new MarkRow(e.Id, e.Note ?? string.Empty)).DistinctBy(m => m.Id).ToList();
        return marks.Count == 0 ? null : marks;
    }
}
