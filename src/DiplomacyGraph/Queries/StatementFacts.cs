using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A statement with what its relations say about it: who made it, at which meeting, about what.</summary>
/// <param name="Statement">The statement entity.</param>
/// <param name="Details">Its act, speech mode, time and topics.</param>
/// <param name="Speakers">Who made it (<c>said</c> relations), in the order of the graph.</param>
/// <param name="Occasion">The meeting it was made at (<c>said-at</c>), when the data gives one (the first, if several).</param>
/// <param name="Subjects">What it is about (<c>about</c> relations), in the order of the graph.</param>
/// <param name="Words">Its citations, with source titles: the article's words, quoted or reported as <see cref="StatementDetails.Speech"/> says.</param>
public sealed record StatementFacts(
    Entity Statement,
    StatementDetails Details,
    ImmutableArray<StatementSpeaker> Speakers,
    Entity? Occasion,
    ImmutableArray<Entity> Subjects,
    ImmutableArray<ResolvedCitation> Words)
{
    /// <summary>One line: <c>2025-04-19  Ishaq Dar (speaker): request, quoted, at Dar's Kabul visit — Dar says …</c>.</summary>
    public override string ToString()
    {
        var who = Speakers.IsEmpty ? "unattributed" : string.Join(", ", Speakers);
        var at = Occasion is null ? string.Empty : $", at {Occasion.Name}";
        return $"{Details.Time}  {who}: {StatementQueries.ActText(Details.Act)}, {StatementQueries.SpeechText(Details.Speech)}{at} — {Statement.Name}";
    }
}
