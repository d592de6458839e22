namespace DiplomacyGraph.PostgreSql;

/// <summary>How many entities, relations and sources a store (or a slice of it) holds.</summary>
/// <param name="Entities">Entities.</param>
/// <param name="Relations">Relations.</param>
/// <param name="Sources">Sources.</param>
public sealed record StoreCounts(long Entities, long Relations, long Sources);
