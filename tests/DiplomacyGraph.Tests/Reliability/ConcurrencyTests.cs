using System.Collections.Concurrent;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Testing;
using Newtonsoft.Json;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// A built graph is immutable and safe to share: 16 threads issuing mixed queries on one graph get exactly the
/// answers one thread gets, while its lazily built views are first built under contention; building, slicing
/// and loading the seeds never change shared state.
/// </summary>
public class ConcurrencyTests
{
    private const int Threads = 16;
    private const int Rounds = 2;

    private static readonly SyntheticGraphOptions Size = new() { Entities = 150, Relations = 700, RandomSeed = 20250322 };

    [Fact]
    public void Sixteen_threads_get_the_single_threaded_answers()
    {
        var reference = SyntheticGraph.Generate(Size);
        var queries = MixedQueries(reference);
        var expected = queries.Select(q => q.Run(reference)).ToArray();
        var shared = SyntheticGraph.Generate(Size); // Untouched: its QuikGraph view is first built by the threads below.
        var failures = new ConcurrentQueue<string>();
        var answered = 0;
        using var start = new Barrier(Threads);

        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var order = Enumerable.Range(0, queries.Count).OrderBy(i => (i * 7919 + t * 104729) % queries.Count).ToArray();
            start.SignalAndWait();
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var i in order)
                {
                    try
                    {
                        if (queries[i].Run(shared) != expected[i])
                        {
                            failures.Enqueue($"thread {t}: {queries[i].Name} answered differently");
                        }
                    }
                    catch (Exception e)
                    {
                        failures.Enqueue($"thread {t}: {queries[i].Name} threw {e}");
                    }

                    Interlocked.Increment(ref answered);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        Assert.Equal(Threads * Rounds * queries.Count, answered);
        Assert.Equal(JsonGraphWriter.WriteToString(reference), JsonGraphWriter.WriteToString(shared));
    }

    [Fact]
    public void The_mixed_queries_have_real_answers_to_compare()
    {
        var graph = SyntheticGraph.Generate(Size);
        var answers = MixedQueries(graph).Select(q => (q.Name, Answer: q.Run(graph))).ToList();

        Assert.True(answers.Count >= 40, $"{answers.Count} queries");
        Assert.All(new[] { "history", "timeline", "shortest-path", "all-paths", "earliest-arrival", "as-of", "known-as-of", "json", "yaml", "graphml" }, kind =>
            Assert.Contains(answers, a => a.Name.StartsWith(kind, StringComparison.Ordinal) && a.Answer.Length > 2 && a.Answer != "null"));
    }

    [Fact]
    public void Seeds_load_once_and_every_thread_gets_the_same_graph()
    {
        var graphs = new ConcurrentBag<DiplomaticGraph>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            graphs.Add(Seeds.Load());
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(Threads, graphs.Count);
        Assert.Single(graphs.Distinct(ReferenceEqualityComparer.Instance));
        Assert.Same(Seeds.Load().AsQuikGraph(), graphs.First().AsQuikGraph());
    }

    [Fact]
    public void Deriving_and_slicing_from_many_threads_leaves_the_source_graph_unchanged()
    {
        var graph = SyntheticGraph.Generate(Size);
        var before = JsonGraphWriter.WriteToString(graph);
        var dates = graph.Relations.Select(r => r.Time.Earliest).Where(d => d != DateOnly.MinValue).Distinct().Take(Threads).ToArray();

        var derived = new ConcurrentBag<(DiplomaticGraph Copy, DiplomaticGraph Slice, DateOnly Date)>();
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
        {
            var date = dates[i % dates.Length];
            derived.Add((GraphBuilder.From(graph).Build(), graph.AsOf(date), date));
        });

        Assert.Equal(before, JsonGraphWriter.WriteToString(graph));
        Assert.All(derived, d => GraphAssert.Equivalent(graph, d.Copy));
        Assert.All(derived, d => Assert.Equal(JsonGraphWriter.WriteToString(graph.AsOf(d.Date)), JsonGraphWriter.WriteToString(d.Slice)));
    }

    /// <summary>Named queries over a graph, each answering with a canonical text so answers compare exactly.</summary>
    private static List<(string Name, Func<DiplomaticGraph, string> Run)> MixedQueries(DiplomaticGraph graph)
    {
        var people = graph.EntitiesOfKind(EntityKind.Person).Take(6).Select(e => e.Id).ToArray();
        var countries = graph.EntitiesOfKind(EntityKind.Country).Take(4).Select(e => e.Id).ToArray();
        var busiest = graph.Entities.OrderByDescending(e => graph.RelationsOf(e.Id).Length).ThenBy(e => e.Id, StringComparer.Ordinal).Take(6).Select(e => e.Id).ToArray();
        var day = graph.Relations.Select(r => r.Time.Earliest).Where(d => d != DateOnly.MinValue).Order().ElementAt(graph.Relations.Length / 2);
        var queries = new List<(string, Func<DiplomaticGraph, string>)>();
        foreach (var (a, b) in busiest.Zip(busiest.Skip(1)).Concat(people.Zip(countries)))
        {
            queries.Add(($"history {a} {b}", g => Canon(g.History(a, b))));
            queries.Add(($"shortest-path {a} {b}", g => Canon(g.ShortestPath(a, b))));
            queries.Add(($"all-paths {a} {b}", g => Canon(g.AllPaths(a, b, maxHops: 3).Take(50))));
            queries.Add(($"earliest-arrival {a} {b}", g => Canon(g.EarliestArrival(a, b, new DateOnly(2000, 1, 1)))));
            queries.Add(($"relations-between {a} {b}", g => Canon(g.RelationsBetween(a, b))));
        }

        foreach (var id in busiest.Concat(people))
        {
            queries.Add(($"timeline {id}", g => Canon(g.Timeline(id))));
            queries.Add(($"relations-of {id}", g => Canon(g.RelationsOf(id))));
            queries.Add(($"resolve {id}", g => Canon(EntityResolver.Candidates(g, g.GetEntity(id).Name))));
            queries.Add(($"quikgraph {id}", g => Canon(g.AsQuikGraph().OutEdges(g.GetEntity(id)).Select(e => e.Relation.Id))));
        }

        queries.Add(("as-of", g => JsonGraphWriter.WriteToString(g.AsOf(day))));
        queries.Add(("known-as-of", g => JsonGraphWriter.WriteToString(g.KnownAsOf(day))));
        queries.Add(("contradictions", g => Canon(g.Contradictions())));
        queries.Add(("json export", JsonGraphWriter.WriteToString));
        queries.Add(("yaml export", YamlGraphWriter.WriteToString));
        queries.Add(("graphml export", g => GraphMLGraphWriter.WriteToString(g)));
        return queries;
    }

    private static string Canon(object? answer) => JsonConvert.SerializeObject(answer);
}
