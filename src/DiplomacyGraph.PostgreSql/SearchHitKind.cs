namespace DiplomacyGraph.PostgreSql;

/// <summary>Where a <see cref="SearchHit"/> was found.</summary>
public enum SearchHitKind
{
    /// <summary>An entity's display name.</summary>
    Name,

    /// <summary>One of an entity's aliases.</summary>
    Alias,

    /// <summary>A quote cited by an entity or by one of a meeting's status reports.</summary>
    EntityQuote,

    /// <summary>A quote cited by a relation.</summary>
    RelationQuote,
}
