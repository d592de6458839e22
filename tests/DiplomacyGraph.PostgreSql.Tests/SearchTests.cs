using System.Globalization;

namespace DiplomacyGraph.PostgreSql.Tests;

public sealed class SearchTests
{
    [DatabaseTheory]
    [InlineData("Kabul")]
    [InlineData("recognition")]
    [InlineData("Taliban government")]
    [InlineData("foreign minister")]
    [InlineData("ttp")]
    public async Task Full_text_search_finds_every_name_alias_and_quote_holding_all_the_words(string text)
    {
        var graph = TestData.SeedGraph;
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);

        var hits = await db.Store.SearchAsync(text, limit: 10_000);

        var expected = Expected(graph, text).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, hits.Select(h => $"{h.Kind}|{h.OwnerId}|{h.Text}").Order(StringComparer.Ordinal));
        Assert.Equal(hits.OrderByDescending(h => h.Rank).Select(h => h.Rank), hits.Select(h => h.Rank));
    }

    [DatabaseFact]
    public async Task Search_keeps_to_the_limit()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(TestData.SeedGraph);
        Assert.Equal(2, (await db.Store.SearchAsync("Pakistan", limit: 2)).Length);
    }

    /// <summary>The reference: lower-cased words split at anything not a letter or digit (what the simple parser does to these words).</summary>
    private static IEnumerable<string> Expected(DiplomaticGraph graph, string text)
    {
        var wanted = Words(text);
        bool Match(string candidate) => wanted.IsSubsetOf(Words(candidate));
        foreach (var e in graph.Entities)
        {
            if (Match(e.Name))
            {
                yield return $"Name|{e.Id}|{e.Name}";
            }

            foreach (var alias in e.Aliases.Where(Match))
            {
                yield return $"Alias|{e.Id}|{alias}";
            }

            var quotes = e.Citations.Concat(e.Meeting?.Statuses.SelectMany(s => s.Citations) ?? []);
            foreach (var c in quotes.Where(c => Match(Quotes.Of(c))))
            {
                yield return $"EntityQuote|{e.Id}|{Quotes.Of(c)}";
            }
        }

        foreach (var r in graph.Relations)
        {
            foreach (var c in r.Citations.Where(c => Match(Quotes.Of(c))))
            {
                yield return $"RelationQuote|{r.Id}|{Quotes.Of(c)}";
            }
        }
    }

    private static HashSet<string> Words(string text) =>
        [.. text.Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLower(CultureInfo.InvariantCulture))];
}
