namespace DiplomacyGraph.Queries;

/// <summary>What a <see cref="HistoryEntry"/> stands for.</summary>
public enum HistoryEntryKind
{
    /// <summary>One relation between the parties.</summary>
    Relation,

    /// <summary>A meeting both parties took part in (its <c>attended</c> relations).</summary>
    Meeting,

    /// <summary>A statement a party made (<c>said</c>) or that is about a party (<c>about</c>): its speakers and subjects are the parties.</summary>
    Statement,
}
