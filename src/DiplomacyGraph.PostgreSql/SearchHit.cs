namespace DiplomacyGraph.PostgreSql;

/// <summary>One full-text search match: a name, an alias or a quote, and what it belongs to.</summary>
/// <param name="Kind">Where the words were found.</param>
/// <param name="OwnerId">The id of the entity (name, alias, entity quote) or relation (relation quote) it belongs to.</param>
/// <param name="Text">The matching name, alias or quote.</param>
/// <param name="SourceId">For a quote, the source quoted.</param>
/// <param name="Rank">PostgreSQL's <c>ts_rank</c> of the match; higher is better.</param>
public sealed record SearchHit(SearchHitKind Kind, string OwnerId, string Text, string? SourceId, float Rank);
