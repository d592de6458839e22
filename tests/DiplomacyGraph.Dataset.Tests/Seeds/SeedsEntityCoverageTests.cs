using DiplomacyGraph.Model;

// Not DiplomacyGraph.Tests.Seeds: a namespace of that name would hide the Seeds class from the other tests.
namespace DiplomacyGraph.Tests.Dataset;

/// <summary>The people, countries, organizations, places and meetings the issue requires, entity by entity.</summary>
[Collection(SeedsGraphCollection.Name)]
public sealed class SeedsEntityCoverageTests(SeedsGraphFixture seeds)
{
    [Theory]
    [InlineData("ishaq-dar", EntityKind.Person)]
    [InlineData("amir-khan-muttaqi", EntityKind.Person)]
    [InlineData("muhammad-sadiq", EntityKind.Person)]
    [InlineData("mumtaz-zahra-baloch", EntityKind.Person)]
    [InlineData("shafqat-ali-khan", EntityKind.Person)]
    [InlineData("nooruddin-azizi", EntityKind.Person)]
    [InlineData("pakistan-interior-minister-unnamed", EntityKind.Person)]
    [InlineData("pakistan", EntityKind.Country)]
    [InlineData("afghanistan", EntityKind.Country)]
    [InlineData("china", EntityKind.Country)]
    [InlineData("russia", EntityKind.Country)]
    [InlineData("taliban", EntityKind.Organization)]
    [InlineData("tehreek-e-taliban-pakistan", EntityKind.Organization)]
    [InlineData("pakistan-foreign-office", EntityKind.Organization)]
    [InlineData("the-express-tribune", EntityKind.Organization)]
    [InlineData("kabul", EntityKind.Place)]
    [InlineData("islamabad", EntityKind.Place)]
    [InlineData("beijing", EntityKind.Place)]
    [InlineData("kuala-lumpur", EntityKind.Place)]
    [InlineData("sadiq-kabul-visit-2025-03", EntityKind.Meeting)]
    [InlineData("sadiq-muttaqi-meeting-2025-03-22", EntityKind.Meeting)]
    [InlineData("sadiq-azizi-talks-2025-03", EntityKind.Meeting)]
    [InlineData("dar-high-level-meeting-on-afghanistan", EntityKind.Meeting)]
    [InlineData("dar-kabul-visit-2025-04-19", EntityKind.Meeting)]
    [InlineData("beijing-trilateral-2025-05-20", EntityKind.Meeting)]
    [InlineData("kuala-lumpur-regional-meeting", EntityKind.Meeting)]
    [InlineData("baloch-weekly-press-briefing", EntityKind.Meeting)]
    [InlineData("khan-weekly-press-briefing", EntityKind.Meeting)]
    [InlineData("think-tank-seminar", EntityKind.Meeting)]
    [InlineData("muttaqi-islamabad-visit", EntityKind.Meeting)]
    [InlineData("azizi-islamabad-visit-after-eid", EntityKind.Meeting)]
    [InlineData("interior-minister-kabul-visit", EntityKind.Meeting)]
    [InlineData("khyber-pakhtunkhwa", EntityKind.Place)]
    [InlineData("balochistan", EntityKind.Place)]
    [InlineData("baloch-conditions-for-recognition", EntityKind.Statement)]
    [InlineData("dar-urges-taliban-to-confront-ttp", EntityKind.Statement)]
    [InlineData("sadiq-all-deals-off", EntityKind.Statement)]
    [InlineData("agreement-increase-high-level-dialogue", EntityKind.Statement)]
    [InlineData("taliban-reject-ttp-claims", EntityKind.Statement)]
    public void The_entity_is_present_with_its_kind(string id, EntityKind kind)
    {
        Assert.True(seeds.Graph.TryGetEntity(id, out var entity), $"no entity '{id}'");
        Assert.Equal(kind, entity.Kind);
    }

    [Fact]
    public void Sadiq_is_known_under_both_spellings()
    {
        var sadiq = seeds.Entity("muhammad-sadiq");
        var names = sadiq.Aliases.Append(sadiq.Name).ToList();
        Assert.Contains("Muhammad Sadiq", names);
        Assert.Contains("Mohammad Sadiq", names);
    }

    [Fact]
    public void The_ttp_is_known_under_its_abbreviation_and_both_spellings()
    {
        var ttp = seeds.Entity("tehreek-e-taliban-pakistan");
        var names = ttp.Aliases.Append(ttp.Name).ToList();
        Assert.Contains("TTP", names);
        Assert.Contains("Tehrik-i-Taliban Pakistan", names);
        Assert.Contains("Tehreek-e-Taliban Pakistan", names);
    }

    [Fact]
    public void The_interior_minister_is_modelled_as_unnamed()
    {
        var minister = seeds.Entity("pakistan-interior-minister-unnamed");
        Assert.Contains("unnamed", minister.Name, StringComparison.Ordinal);
        Assert.Contains("do not name", minister.Attributes["unnamed"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recognition-distant-prospect", "000_711a58240b60d43b.txt", null, null)]
    [InlineData("no-hurry-to-recognise", "001_de1d548dd463b53d.txt", null, "Omar El-Sharif")]
    [InlineData("dar-ties-not-restored", "002_438bb7bbdb7ab0dd.txt", "DIDPress", null)]
    [InlineData("engagement-with-afghanistan", "003_bfa8549fb6924636.txt", null, null)]
    [InlineData("terrorism-key-obstacle", "004_248356de6b8461c4.txt", null, null)]
    public void Each_article_is_a_source_with_only_the_outlet_and_author_it_gives(string id, string file, string? outlet, string? author)
    {
        var source = seeds.Graph.GetSource(id);
        Assert.Equal(file, Path.GetFileName(source.File));
        Assert.Equal(outlet, source.Outlet);
        Assert.Equal(author, source.Author);
    }

    [Fact]
    public void Publication_dates_are_unknown_or_inferred_never_stated()
    {
        Assert.True(seeds.Graph.GetSource("recognition-distant-prospect").Published.IsUnknown);
        Assert.True(seeds.Graph.GetSource("no-hurry-to-recognise").Published.IsUnknown);
        var didpress = seeds.Graph.GetSource("dar-ties-not-restored").Published;
        Assert.Equal(DateBasis.Inferred, didpress.Start!.Value.Basis);
        Assert.Equal(TimeOrder.After, didpress.CompareTo(new DateOnly(2025, 5, 20)));
    }
}
