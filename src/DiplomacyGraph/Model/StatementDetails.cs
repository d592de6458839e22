using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>
/// What a <see cref="EntityKind.Statement"/> carries beyond any entity: its act, whether the words are quoted or
/// reported, when it was made, its topics. The statement's words are its citations.
/// </summary>
/// <remarks>
/// Who made it, where and about what are relations: <c>said</c> (actor → statement, role <c>speaker</c> or
/// <c>on-behalf-of</c>), <c>said-at</c> (statement → meeting) and <c>about</c> (statement → any entity).
/// An agreement is a statement with <see cref="StatementAct.Agree"/> and one <c>said</c> relation per party.
/// </remarks>
public sealed record StatementDetails
{
    private readonly ImmutableArray<string> topics = [];

    /// <summary>What the statement does.</summary>
    public required StatementAct Act { get; init; }

    /// <summary>Whether the source quotes the speaker or reports the speech.</summary>
    public required SpeechMode Speech { get; init; }

    /// <summary>When it was made.</summary>
    public DateRange Time { get; init; }

    /// <summary>What it is about, as topics: security, trade, recognition…</summary>
    public ImmutableArray<string> Topics { get => topics; init => topics = value.IsDefault ? [] : value; }
}
