using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Tests;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>
/// Slice loads against a reference computed in memory: a neighbourhood (<see cref="GraphSlice.Around"/>) against the library's
/// own <see cref="NeighbourhoodQueries.Neighbourhood"/>, the other slices from the documented rules of <see cref="GraphSlice"/>.
/// </summary>
public sealed class SliceLoadTests
{
    public static TheoryData<string, int, string?, TimeOrderMode, string> Slices => new()
    {
        { "around", 1, null, TimeOrderMode.Lenient, "" },
        { "around", 2, null, TimeOrderMode.Lenient, "" },
        { "around", 2, "2005/2012", TimeOrderMode.Lenient, "" },
        { "around", 2, "2000/2015", TimeOrderMode.Strict, "Person,Country,Meeting" },
        { "around", 2, null, TimeOrderMode.Lenient, "Person,Organization" },
        { "", 0, "2010", TimeOrderMode.Lenient, "" },
        { "", 0, "2005/2010", TimeOrderMode.Strict, "" },
        { "", 0, null, TimeOrderMode.Lenient, "Country,Organization" },
    };

    [DatabaseTheory]
    [MemberData(nameof(Slices))]
    public async Task A_slice_load_holds_exactly_what_the_slice_rules_pick(string around, int hops, string? window, TimeOrderMode mode, string kinds)
    {
        var graph = TestData.Generated;
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);
        var slice = new GraphSlice
        {
            Around = around.Length == 0 ? null : ServerQueryTests.Busiest(graph, 1)[0],
            Hops = hops,
            Window = window is null ? null : DateRange.Parse(window),
            WindowMode = mode,
            Kinds = [.. kinds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<EntityKind>)],
        };

        var loaded = await db.Store.LoadAsync(slice);

        var expected = slice.Around is { } center
            ? graph.Neighbourhood(center, hops, new QueryFilter
            {
                Window = slice.Window,
                WindowMatch = mode == TimeOrderMode.Strict ? WindowMatch.Certainly : WindowMatch.Possibly,
                ThroughKinds = slice.Kinds.IsEmpty ? null : slice.Kinds.ToHashSet(),
            })
            : Reference(graph, slice);
        GraphAssert.Equivalent(expected, loaded);
        Assert.True(loaded.Relations.Length > 0 && loaded.Relations.Length < graph.Relations.Length, $"{loaded.Relations.Length} relations: the slice picks nothing or everything");
    }

    [DatabaseFact]
    public async Task A_neighbourhood_walks_the_assertions_asked_for_and_never_a_denial()
    {
        var graph = TestData.Generated;
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);
        var center = ServerQueryTests.Busiest(graph, 1)[0];
        var every = new HashSet<Assertion>(QueryFilter.AnyAssertion);

        var stated = await db.Store.LoadAsync(new GraphSlice { Around = center, Hops = 2 });
        var widened = await db.Store.LoadAsync(new GraphSlice { Around = center, Hops = 2, Assertions = every });

        GraphAssert.Equivalent(graph.Neighbourhood(center, 2), stated);
        GraphAssert.Equivalent(graph.Neighbourhood(center, 2, new QueryFilter { Assertions = every }), widened);
        Assert.All(stated.Relations, r => Assert.Equal(Assertion.Stated, r.Assertion));
        Assert.Contains(widened.Relations, r => r.Assertion is Assertion.Alleged or Assertion.Planned);
        Assert.DoesNotContain(widened.Relations, r => r.Assertion == Assertion.Denied || r.From == r.To);
    }

    [DatabaseFact]
    public async Task A_slice_around_an_unknown_id_is_not_found()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(TestData.SeedGraph);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => db.Store.LoadAsync(new GraphSlice { Around = "atlantis" }));
    }

    [DatabaseFact]
    public async Task Every_rich_query_runs_on_a_loaded_neighbourhood()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(TestData.SeedGraph);
        var hood = await db.Store.LoadAsync(new GraphSlice { Around = "muhammad-sadiq", Hops = 2 });
        var path = hood.ShortestPath("muhammad-sadiq", "amir-khan-muttaqi");
        Assert.NotNull(path);
        Assert.Equal(TestData.SeedGraph.ShortestPath("muhammad-sadiq", "amir-khan-muttaqi")!.Length, path.Length);
    }

    private static DiplomaticGraph Reference(DiplomaticGraph graph, GraphSlice slice)
    {
        bool KindOk(Entity e) => slice.Kinds.IsEmpty || slice.Kinds.Contains(e.Kind);
        bool TimeOk(DateRange t) => slice.Window is not { } w
            || (slice.WindowMode == TimeOrderMode.Strict ? t.Earliest >= w.Earliest && t.Latest <= w.Latest : t.Overlaps(w));
        bool EntityOk(Entity e) => KindOk(e) && (e.Meeting is null || TimeOk(e.Meeting.Time));
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        chosen.UnionWith(graph.Entities.Where(e => EntityOk(e) && (slice.Window is null || e.Meeting is not null)).Select(e => e.Id));
        List<Relation> relations = [.. graph.Relations.Where(r => TimeOk(r.Time) && EntityOk(graph.GetEntity(r.From)) && EntityOk(graph.GetEntity(r.To)))];
        chosen.UnionWith(relations.SelectMany(r => new[] { r.From, r.To }));

        chosen.UnionWith(relations.Select(r => r.ClaimedBy).OfType<string>());
        var builder = new GraphBuilder();
        foreach (var type in graph.ExtensionTypes)
        {
            builder.AddRelationType(type);
        }

        foreach (var source in graph.Sources)
        {
            builder.AddSource(source);
        }

        foreach (var entity in graph.Entities.Where(e => chosen.Contains(e.Id)))
        {
            builder.AddEntity(entity);
        }

        foreach (var relation in relations)
        {
            builder.AddRelation(relation);
        }

        return builder.Build();
    }
}
