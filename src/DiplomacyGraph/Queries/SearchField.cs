namespace DiplomacyGraph.Queries;

/// <summary>Where a <see cref="SearchHit"/> was found.</summary>
public enum SearchField
{
    /// <summary>An entity's display name.</summary>
    Name,

    /// <summary>One of an entity's aliases.</summary>
    Alias,

    /// <summary>A quote a fact (entity, relation, meeting status) cites.</summary>
    Quote,

    /// <summary>A sentence of a source's text (whether or not a fact cites it).</summary>
    SourceText,
}
