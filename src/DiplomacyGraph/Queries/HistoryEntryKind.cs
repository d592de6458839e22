namespace DiplomacyGraph.Queries;

/// <summary>What a <see cref="HistoryEntry"/> stands for.</summary>
public enum HistoryEntryKind
{
    /// <summary>One relation between the parties.</summary>
    Relation,

    /// <summary>A meeting both parties took part in (its <c>attended</c> relations).</summary>
    Meeting,

    /// <summary>
    /// A statement: made by the party (<c>said</c>) or about it (<c>about</c>), and in a history by or about the other side too.
    /// <see cref="HistoryEntry.OtherParty"/> is the statement, <see cref="HistoryEntry.Meeting"/> its occasion when it has one,
    /// <see cref="HistoryEntry.Type"/> <c>said</c> or <c>about</c> (the party's part); the citations start with the statement's words.
    /// </summary>
    Statement,
}
