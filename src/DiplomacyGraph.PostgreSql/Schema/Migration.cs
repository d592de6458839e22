namespace DiplomacyGraph.PostgreSql.Schema;

/// <summary>One versioned schema change: an embedded SQL file <c>NNNN_name.sql</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
