namespace DiplomacyGraph;

/// <summary>An unordered pair of entity ids, the key of a pair's history.</summary>
internal readonly record struct EntityPair(string First, string Second)
{
    public static EntityPair Of(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? new EntityPair(a, b) : new EntityPair(b, a);
}
