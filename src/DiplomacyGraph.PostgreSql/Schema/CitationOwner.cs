namespace DiplomacyGraph.PostgreSql.Schema;

/// <summary>The <c>owner_kind</c> values of the citations table.</summary>
internal static class CitationOwner
{
    public const string Entity = "E";
    public const string Relation = "R";
    public const string Status = "S";
}
