using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>Each server-side query against the in-memory query on the same graph, row by row, field by field.</summary>
public sealed class ServerQueryTests
{
    public static TheoryData<string> Graphs => new() { "seeds", "generated", "who-said-what.yaml" };

    [DatabaseTheory]
    [MemberData(nameof(Graphs))]
    public async Task History_on_the_server_equals_the_in_memory_history(string name)
    {
        var graph = TestData.Named(name);
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);
        var compared = 0;
        foreach (var (a, b) in Pairs(graph))
        {
            foreach (var direct in new[] { false, true })
            {
                foreach (var window in new DateRange?[] { null, DateRange.Parse("2025-03/2025-05") })
                {
                    var expected = graph.History(a, b, new DiplomacyGraph.Queries.QueryFilter { Window = window }, direct: direct).Select(QueryRows.Describe).ToList();
                    var actual = (await db.Store.HistoryAsync(a, b, window, direct: direct)).Select(QueryRows.Describe).ToList();
                    Assert.Equal(expected, actual);
                    compared += expected.Count;
                }
            }
        }

        Assert.True(compared > 10, $"only {compared} rows compared: the pairs chosen have too little history to test anything");
    }

    [DatabaseTheory]
    [MemberData(nameof(Graphs))]
    public async Task Timeline_on_the_server_equals_the_in_memory_timeline(string name)
    {
        var graph = TestData.Named(name);
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);
        foreach (var entity in Busiest(graph, 6).Append(graph.Entities[^1].Id))
        {
            foreach (var direct in new[] { false, true })
            {
                Assert.Equal(graph.Timeline(entity, direct: direct).Select(QueryRows.Describe), (await db.Store.TimelineAsync(entity, direct: direct)).Select(QueryRows.Describe));
                var window = DateRange.Parse("2025-04");
                Assert.Equal(
                    graph.Timeline(entity, new DiplomacyGraph.Queries.QueryFilter { Window = window }, direct: direct).Select(QueryRows.Describe),
                    (await db.Store.TimelineAsync(entity, window, direct)).Select(QueryRows.Describe));
            }
        }
    }

    [DatabaseTheory]
    [MemberData(nameof(Graphs))]
    public async Task As_of_counts_on_the_server_equal_the_in_memory_slice(string name)
    {
        var graph = TestData.Named(name);
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);
        foreach (var day in new[] { new DateOnly(2025, 3, 21), new DateOnly(2025, 4, 19), new DateOnly(2025, 6, 1), new DateOnly(2019, 1, 1), new DateOnly(2030, 1, 1) })
        {
            var slice = graph.AsOf(day);
            Assert.Equal(new StoreCounts(slice.Entities.Length, slice.Relations.Length, slice.Sources.Length), await db.Store.CountAsOfAsync(day));
        }
    }

    [DatabaseFact]
    public async Task Office_holders_on_the_server_equal_the_in_memory_answer()
    {
        var graph = TestData.SeedGraph;
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);
        var offices = graph.Relations.Where(r => r.Type == BuiltInRelationTypes.HoldsOffice.Name && r.Role is not null).Select(r => (r.To, r.Role!)).Distinct().ToList();
        Assert.NotEmpty(offices);
        foreach (var (body, role) in offices)
        {
            foreach (var day in new[] { new DateOnly(2025, 4, 1), new DateOnly(2020, 1, 1) })
            {
                Assert.Equal(graph.OfficeHolders(body, role, day).Select(QueryRows.Describe), (await db.Store.OfficeHoldersAsync(body, role, day)).Select(QueryRows.Describe));
            }
        }

        Assert.NotEmpty(await db.Store.OfficeHoldersAsync(offices[0].Item1, offices[0].Item2.ToUpperInvariant(), new DateOnly(2025, 4, 1)));
    }

    [DatabaseFact]
    public async Task Resolve_on_the_server_finds_what_the_in_memory_resolver_finds()
    {
        var graph = TestData.SeedGraph;
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);
        foreach (var name in new[] { "pakistan", "Ishaq Dar", "TTP", "Mohammad Sadiq", "Muttaqi" })
        {
            Assert.Equal(graph.Resolve(name).Id, (await db.Store.ResolveAsync(name)).Id);
        }

        await Assert.ThrowsAsync<EntityResolutionException>(() => db.Store.ResolveAsync("no such entity anywhere"));
    }

    [DatabaseFact]
    public async Task Missing_ids_are_the_same_not_found_as_in_memory()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(TestData.SeedGraph);
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => db.Store.HistoryAsync("pakistan", "atlantis"));
        Assert.Contains("atlantis", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => db.Store.TimelineAsync("atlantis"));
    }

    [DatabaseTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_history_that_fails_mid_snapshot_leaves_its_connection_usable_for_writes(bool direct)
    {
        // One pooled connection: the history opens its read-only snapshot in its first batch; when it fails there, the pool
        // must end that transaction, or the push on the same connection would fail as a write in a read-only transaction.
        await using var db = await TestDatabase.CreateAsync();
        await using var store = PostgresGraphStore.Open(db.ConnectionString + ";Maximum Pool Size=1");
        await store.PushAsync(TestData.SeedGraph);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.HistoryAsync("pakistan", "atlantis", direct: direct));

        await store.PushAsync(TestData.SeedGraph);

        Assert.Equal(TestData.SeedGraph.History("pakistan", "afghanistan", direct: direct).Length, (await store.HistoryAsync("pakistan", "afghanistan", direct: direct)).Length);
    }

    /// <summary>Pairs with shared history: the busiest entities with each other, and every pair of a seeds meeting's attendees.</summary>
    internal static IEnumerable<(string, string)> Pairs(DiplomaticGraph graph)
    {
        var busiest = Busiest(graph, 8);
        var pairs = busiest.SelectMany((a, i) => busiest.Skip(i + 1).Select(b => (a, b))).ToList();
        var countries = graph.EntitiesOfKind(EntityKind.Country).Take(4).Select(e => e.Id).ToList();
        pairs.AddRange(countries.SelectMany((a, i) => countries.Skip(i + 1).Select(b => (a, b))));
        return pairs.Distinct();
    }

    internal static List<string> Busiest(DiplomaticGraph graph, int count) =>
        [.. graph.Entities.Where(e => e.Meeting is null).OrderByDescending(e => graph.RelationsOf(e.Id).Length).ThenBy(e => e.Id, StringComparer.Ordinal).Take(count).Select(e => e.Id)];
}
