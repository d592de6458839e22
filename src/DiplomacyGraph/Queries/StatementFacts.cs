using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A statement with what its relations say about it: who made it, at which meeting, about what.</summary>
public sealed record StatementFacts
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal StatementFacts(Entity statement, StatementDetails details, ImmutableArray<StatementSpeaker> speakers, Entity? occasion, ImmutableArray<Entity> subjects, ImmutableArray<ResolvedCitation> words)
    {
        Statement = statement;
        Details = details;
        Speakers = speakers;
        Occasion = occasion;
        Subjects = subjects;
        Words = words;
    }

    /// <summary>The statement entity.</summary>
    public Entity Statement { get; init; }

    /// <summary>Its act, speech mode, time and topics.</summary>
    public StatementDetails Details { get; init; }

    /// <summary>Who made it (<c>said</c> relations), in the order of the graph.</summary>
    public ImmutableArray<StatementSpeaker> Speakers { get; init; }

    /// <summary>The meeting it was made at (<c>said-at</c>), when the data gives one (the first, if several).</summary>
    public Entity? Occasion { get; init; }

    /// <summary>What it is about (<c>about</c> relations), in the order of the graph.</summary>
    public ImmutableArray<Entity> Subjects { get; init; }

    /// <summary>Its citations, with source titles: the article's words, quoted or reported as <see cref="StatementDetails.Speech"/> says.</summary>
    public ImmutableArray<ResolvedCitation> Words { get; init; }

    /// <summary>One line: <c>2025-04-19  Ishaq Dar (speaker): request, quoted, at Dar's Kabul visit — Dar says …</c>.</summary>
    public override string ToString()
    {
        var who = Speakers.IsEmpty ? "unattributed" : string.Join(", ", Speakers);
        var at = Occasion is null ? string.Empty : $", at {Occasion.Name}";
        return $"{Details.Time}  {who}: {StatementQueries.ActText(Details.Act)}, {StatementQueries.SpeechText(Details.Speech)}{at} — {Statement.Name}";
    }
}
