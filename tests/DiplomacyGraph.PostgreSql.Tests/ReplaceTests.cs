using System.Collections.Immutable;
using DiplomacyGraph.Model;
using DiplomacyGraph.Tests;

namespace DiplomacyGraph.PostgreSql.Tests;

public sealed class ReplaceTests
{
    [DatabaseFact]
    public async Task Replacing_a_source_swaps_its_facts_and_leaves_the_rest()
    {
        var graph = TestData.Generated;
        var source = graph.Sources[3].Id;
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);

        var update = ReplaceEdits.Reworded(graph, source, "v2");
        await db.Store.ReplaceSourceAsync(source, update);

        var loaded = await db.Store.LoadAsync();
        GraphAssert.Equivalent(ReplaceEdits.Expected(graph, source, update), ReplaceEdits.InOrderOf(graph, loaded));
        Assert.Contains(loaded.Relations.SelectMany(r => r.Citations), c => Quotes.Of(c).StartsWith("v2: ", StringComparison.Ordinal));
    }

    [DatabaseFact]
    public async Task Replacing_a_source_with_no_facts_removes_what_rested_on_it_alone()
    {
        var graph = TestData.SeedGraph;
        var source = graph.Sources[1];
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);

        await db.Store.ReplaceSourceAsync(source.Id, new GraphBuilder().AddSource(source).Build());

        var loaded = await db.Store.LoadAsync();
        var restedOnIt = graph.Relations.Where(r => r.Citations.All(c => c.SourceId == source.Id)).Select(r => r.Id).ToList();
        Assert.NotEmpty(restedOnIt);
        Assert.All(restedOnIt, id => Assert.DoesNotContain(loaded.Relations, r => r.Id == id));
        Assert.DoesNotContain(loaded.Relations.SelectMany(r => r.Citations), c => c.SourceId == source.Id);
        GraphAssert.Equivalent(ReplaceEdits.Expected(graph, source.Id, new GraphBuilder().AddSource(source).Build()), ReplaceEdits.InOrderOf(graph, loaded));
    }

    [DatabaseFact]
    public async Task A_replace_that_would_leave_a_relation_pointing_at_a_removed_meeting_changes_nothing()
    {
        // The meeting rests on s1 alone; the attendance cites s2. Replacing s1 with nothing would remove the meeting.
        var graph = new GraphBuilder()
            .AddSource(new Source { Id = "s1", Title = "One" }).AddSource(new Source { Id = "s2", Title = "Two" })
            .AddEntity(new Entity { Id = "a", Kind = EntityKind.Person, Name = "A" })
            .AddEntity(new Entity
            {
                Id = "m", Kind = EntityKind.Meeting, Name = "M", Citations = [new QuoteCitation("s1", "they met")],
                Meeting = new MeetingDetails { Time = DateRange.Parse("2025-03"), Statuses = [new StatusReport { Status = MeetingStatus.Held }] },
            })
            .AddRelation(new Relation { Id = "a-at-m", Type = "attended", From = "a", To = "m", Citations = [new QuoteCitation("s2", "A was there")] })
            .Build();
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);

        var error = await Assert.ThrowsAsync<StoreException>(() => db.Store.ReplaceSourceAsync("s1", new GraphBuilder().AddSource(graph.Sources[0]).Build()));

        Assert.Contains("a-at-m", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Nothing was written: ", error.Message, StringComparison.Ordinal);
        GraphAssert.Equivalent(graph, await db.Store.LoadAsync());
    }

    [DatabaseFact]
    public async Task Replacing_a_dataset_swaps_only_what_that_dataset_added()
    {
        var seeds = TestData.SeedGraph;
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(seeds, "seeds");

        await db.Store.ReplaceDatasetAsync("mine", ReplaceEdits.WithExtra(seeds, "first"));
        await db.Store.ReplaceDatasetAsync("mine", ReplaceEdits.WithExtra(seeds, "second"));

        var loaded = await db.Store.LoadAsync();
        GraphAssert.Equivalent(ReplaceEdits.WithExtra(seeds, "second"), loaded);
        Assert.Equal(2, await db.CountAsync("SELECT count(*) FROM dipgraph.entities WHERE dataset = 'mine'"));
        Assert.Equal(seeds.Entities.Length, await db.CountAsync("SELECT count(*) FROM dipgraph.entities WHERE dataset = 'seeds'"));
    }

    [DatabaseFact]
    public async Task A_concurrent_reader_sees_the_old_source_or_the_new_one_never_a_mix()
    {
        var graph = TestData.Generated;
        var source = graph.Sources[5].Id;
        await using var db = await TestDatabase.CreateAsync();
        await db.Store.PushAsync(graph);
        var versions = Enumerable.Range(1, 6).Select(i => ReplaceEdits.Reworded(graph, source, $"v{i}")).ToList();
        var total = graph.Relations.Sum(r => r.Citations.Count(c => c.SourceId == source)) + graph.Entities.Sum(e => e.Citations.Count(c => c.SourceId == source));

        using var done = new CancellationTokenSource();
        var observed = new List<string>();
        var reader = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                var loaded = await db.Store.LoadAsync();
                var quotes = loaded.Relations.SelectMany(r => r.Citations).Concat(loaded.Entities.SelectMany(e => e.Citations)).Where(c => c.SourceId == source).ToList();
                var tags = quotes.Select(c => System.Text.RegularExpressions.Regex.Match(Quotes.Of(c), "^v[0-9]+: ") is { Success: true } m ? m.Value : "v0").Distinct().ToList();
                lock (observed)
                {
                    observed.Add($"{quotes.Count}:{string.Join(",", tags)}");
                }
            }
        });

        foreach (var version in versions)
        {
            await db.Store.ReplaceSourceAsync(source, version);
        }

        await done.CancelAsync();
        await reader;

        Assert.NotEmpty(observed);
        // Every snapshot holds every citation of the source, all of one version (a mix would show two tags or a short count).
        Assert.All(observed, o => Assert.Matches($"^{total}:[^,]+$", o));
    }
}
