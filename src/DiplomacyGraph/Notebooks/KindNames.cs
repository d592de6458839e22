using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>Entity kinds as words in a sentence: "1 person", "3 countries".</summary>
internal static class KindNames
{
    public static string Of(EntityKind kind, int count) => (kind, count == 1) switch
    {
        (EntityKind.Person, true) => "person",
        (EntityKind.Person, false) => "people",
        (EntityKind.Country, true) => "country",
        (EntityKind.Country, false) => "countries",
        (_, true) => kind.ToString().ToLowerInvariant(),
        (_, false) => kind.ToString().ToLowerInvariant() + "s",
    };
}
