using DiplomacyGraph.Queries;
using DiplomacyGraph.Tests;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>The server's search against the library's own <see cref="SearchQueries.Search"/> on the same graph (without source texts).</summary>
public sealed class SearchTests
{
    [DatabaseTheory]
    [InlineData("seeds", "Kabul")]
    [InlineData("seeds", "recognition")]
    [InlineData("seeds", "Taliban government")]
    [InlineData("seeds", "foreign minister")]
    [InlineData("seeds", "ttp")]
    [InlineData("seeds", "Pakistan's")]
    [InlineData("seeds", "\"foreign minister\"")]
    [InlineData("seeds", "Tehreek-e-Taliban")]
    [InlineData("generated", "talks")]
    [InlineData("generated", "minister")]
    [InlineData("who-said-what.yaml", "Afghanistan’s")]
    [InlineData("who-said-what.yaml", "\"Dar alleged\"")]
    [InlineData("who-said-what.yaml", "militants")]
    public async Task Search_on_the_server_equals_the_in_memory_search(string name, string text)
    {
        var graph = TestData.Named(name);
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);

        var expected = graph.Search(text, sourceText: null, limit: 10_000).Select(Describe).ToList();
        var actual = (await db.Store.SearchAsync(text, limit: 10_000)).Select(Describe).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        // The default limit keeps the in-memory default's first hits.
        Assert.Equal(graph.Search(text).Select(Describe), (await db.Store.SearchAsync(text)).Select(Describe));
    }

    [DatabaseFact]
    public async Task Search_keeps_to_the_limit_and_finds_nothing_for_a_word_nobody_wrote()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(TestData.SeedGraph);
        Assert.Equal(2, (await db.Store.SearchAsync("Pakistan", limit: 2)).Length);
        Assert.Empty(await db.Store.SearchAsync("zzzyzzx"));
        Assert.Empty(await db.Store.SearchAsync("  ,, "));
    }

    /// <summary>Every field of a hit, the entity and relation field by field.</summary>
    private static string Describe(SearchHit h) => string.Join(" | ",
        h.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture), h.Field, h.Text,
        h.Entity is null ? "-" : GraphAssert.Describe(h.Entity), h.Relation is null ? "-" : GraphAssert.Describe(h.Relation),
        h.Citation is null ? "-" : $"{h.Citation.SourceId}:{h.Citation.SourceTitle}:{h.Citation.Quote}:{h.Citation.SourceUrl}", h.Fact ?? "-");
}
