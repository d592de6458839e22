// Not DiplomacyGraph.Tests.Seeds: a namespace of that name would hide the Seeds class from the other tests.
namespace DiplomacyGraph.Tests.Dataset;

/// <summary>Every spelling the articles use resolves to exactly one entity.</summary>
[Collection(SeedsGraphCollection.Name)]
public sealed class SeedsNameLookupTests(SeedsGraphFixture seeds)
{
    [Theory]
    [InlineData("Mohammad Sadiq", "muhammad-sadiq")]
    [InlineData("Muhammad Sadiq", "muhammad-sadiq")]
    [InlineData("Ambassador Sadiq", "muhammad-sadiq")]
    [InlineData("TTP", "tehreek-e-taliban-pakistan")]
    [InlineData("Tehrik-i-Taliban Pakistan", "tehreek-e-taliban-pakistan")]
    [InlineData("Tehreek-e-Taliban Pakistan", "tehreek-e-taliban-pakistan")]
    [InlineData("Mohammad Ishaq Dar", "ishaq-dar")]
    [InlineData("Ishaq Dar", "ishaq-dar")]
    [InlineData("Amir Khan Muttaqi", "amir-khan-muttaqi")]
    [InlineData("Mumtaz Zahra Baloch", "mumtaz-zahra-baloch")]
    [InlineData("Shafqat Ali Khan", "shafqat-ali-khan")]
    [InlineData("Nooruddin Azizi", "nooruddin-azizi")]
    [InlineData("Taliban-led government", "taliban")]
    [InlineData("Taliban interim government", "taliban")]
    [InlineData("Pakistan's Foreign Office", "pakistan-foreign-office")]
    [InlineData("Pakistan’s Foreign Ministry", "pakistan-foreign-office")]
    [InlineData("Pakistan's Interior Minister (unnamed)", "pakistan-interior-minister-unnamed")]
    [InlineData("The Express Tribune", "the-express-tribune")]
    [InlineData("Kuala Lumpur", "kuala-lumpur")]
    public void The_name_resolves_to_exactly_one_entity(string name, string id)
    {
        Assert.Equal(id, Assert.Single(seeds.Graph.FindByName(name)).Id);
    }

    [Fact]
    public void No_name_or_alias_is_shared_by_two_entities()
    {
        var shared = seeds.Graph.Entities
            .SelectMany(e => e.Aliases.Append(e.Name).Select(NameKey.Normalize).Distinct().Select(key => (key, e.Id)))
            .GroupBy(p => p.key)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Id))}");
        Assert.Empty(shared);
    }
}
