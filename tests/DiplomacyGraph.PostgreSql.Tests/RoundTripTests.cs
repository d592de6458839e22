using DiplomacyGraph.Tests;

namespace DiplomacyGraph.PostgreSql.Tests;

public sealed class RoundTripTests
{
    [DatabaseTheory]
    [InlineData("seeds")]
    [InlineData("generated")]
    [InlineData("who-said-what.yaml")]
    [InlineData("every-field.yaml")]
    public async Task Push_then_load_gives_back_the_graph_field_by_field(string name)
    {
        var graph = TestData.Named(name);
        await using var db = await TestDatabase.CreateAsync();

        await db.Store.PushAsync(graph);
        var loaded = await db.Store.LoadAsync();

        GraphAssert.Equivalent(graph, loaded);
        Assert.Equal(new StoreCounts(graph.Entities.Length, graph.Relations.Length, graph.Sources.Length), await db.Store.CountAsync());
    }

    [DatabaseFact]
    public async Task A_second_push_replaces_the_first_graph_entirely()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(TestData.Generated);

        await db.Store.PushAsync(TestData.SeedGraph);

        GraphAssert.Equivalent(TestData.SeedGraph, await db.Store.LoadAsync());
    }

    [DatabaseFact]
    public async Task A_partitioned_relations_table_round_trips_and_answers_like_the_plain_one()
    {
        var graph = TestData.Generated;
        await using var plain = await TestDatabase.CreateAsync();
        await using var partitioned = await TestDatabase.CreateAsync(new StoreLayout { RelationPartitions = 8 });
        await plain.Store.PushAsync(graph);
        await partitioned.Store.PushAsync(graph);

        Assert.Equal(8, await partitioned.CountAsync("SELECT count(*) FROM pg_inherits WHERE inhparent = 'dipgraph.relations'::regclass"));
        Assert.True(await partitioned.CountAsync("SELECT count(*) FROM dipgraph.relations_p3") > 0);
        GraphAssert.Equivalent(graph, await partitioned.Store.LoadAsync());
        var busiest = graph.Entities.OrderByDescending(e => graph.RelationsOf(e.Id).Length).Take(3).Select(e => e.Id).ToList();
        foreach (var (a, b) in busiest.Zip(busiest.Skip(1)))
        {
            Assert.Equal(
                (await plain.Store.HistoryAsync(a, b)).Select(QueryRows.Describe),
                (await partitioned.Store.HistoryAsync(a, b)).Select(QueryRows.Describe));
        }

        var slice = new GraphSlice { Around = busiest[0], Hops = 2 };
        GraphAssert.Equivalent(await plain.Store.LoadAsync(slice), await partitioned.Store.LoadAsync(slice));
    }
}
