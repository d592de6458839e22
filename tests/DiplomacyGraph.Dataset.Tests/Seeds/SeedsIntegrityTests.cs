using DiplomacyGraph.Model;

// Not DiplomacyGraph.Tests.Seeds: a namespace of that name would hide the Seeds class from the other tests.
namespace DiplomacyGraph.Tests.Dataset;

/// <summary>The seeds load, every quote is in its article, every fact is cited, and the graph is connected.</summary>
[Collection(SeedsGraphCollection.Name)]
public sealed class SeedsIntegrityTests(SeedsGraphFixture seeds)
{
    private readonly DiplomaticGraph graph = seeds.Graph;

    [Fact]
    public void The_seed_files_load_into_one_graph_with_the_five_articles()
    {
        Assert.Equal(5, graph.Sources.Length);
        Assert.True(graph.Entities.Length >= 75, $"only {graph.Entities.Length} entities");
        Assert.True(graph.Relations.Length >= 170, $"only {graph.Relations.Length} relations");
        Assert.True(graph.EntitiesOfKind(EntityKind.Statement).Length >= 40, $"only {graph.EntitiesOfKind(EntityKind.Statement).Length} statements");
    }

    [Fact]
    public void Every_article_file_is_declared_by_exactly_one_source()
    {
        var declared = graph.Sources.Select(s => Path.GetFileName(s.File ?? string.Empty)).Order(StringComparer.Ordinal);
        var onDisk = Directory.GetFiles(Path.Combine(SeedFiles.Directory, "sources")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, declared);
    }

    [Fact]
    public void The_embedded_seeds_are_the_same_graph_as_the_files()
    {
        var embedded = Seeds.Load();
        Assert.Equal(graph.Entities.Select(e => e.Id).Order(StringComparer.Ordinal), embedded.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(graph.Relations.Select(r => r.Id).Order(StringComparer.Ordinal), embedded.Relations.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(graph.Sources.Select(s => s.Id).Order(StringComparer.Ordinal), embedded.Sources.Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_quote_appears_character_for_character_in_its_article()
    {
        var texts = graph.Sources.ToDictionary(s => s.Id, s => File.ReadAllText(Path.Combine(SeedFiles.Directory, s.File!)));
        var citations = AllCitations().ToList();
        var missing = citations.Where(c => c.Citation is QuoteCitation q && !texts[c.Citation.SourceId].Contains(q.Quote, StringComparison.Ordinal))
            .Select(c => $"{c.Owner}: {c.Citation.SourceId}: {c.Citation}");

        Assert.True(citations.Count >= 300, $"only {citations.Count} citations checked");
        Assert.All(citations, c => Assert.IsType<QuoteCitation>(c.Citation)); // news articles: every citation is a quote, none a record
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_relation_meeting_and_statement_cites_at_least_one_quote()
    {
        Assert.All(graph.Relations, r => Assert.NotEmpty(r.Citations));
        Assert.All(graph.EntitiesOfKind(EntityKind.Meeting), m => Assert.NotEmpty(m.Citations));
        Assert.All(graph.EntitiesOfKind(EntityKind.Statement), s => Assert.NotEmpty(s.Citations));
    }

    [Fact]
    public void Every_entity_is_reachable_from_every_other_when_relations_are_taken_undirected()
    {
        var neighbours = graph.Entities.ToDictionary(e => e.Id, _ => new List<string>());
        foreach (var r in graph.Relations)
        {
            neighbours[r.From].Add(r.To);
            neighbours[r.To].Add(r.From);
        }

        var start = graph.Entities[0].Id;
        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in neighbours[id].Where(reached.Add))
            {
                queue.Enqueue(next);
            }
        }

        Assert.Equal(graph.Entities.Length, reached.Count);
        Assert.All(graph.Entities, e => Assert.Contains(e.Id, reached));
    }

    [Fact]
    public void Every_meeting_has_an_attendee()
    {
        var attended = graph.Relations.Where(r => r.Type == "attended").Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        Assert.All(graph.EntitiesOfKind(EntityKind.Meeting), m => Assert.Contains(m.Id, attended));
    }

    private IEnumerable<(string Owner, Citation Citation)> AllCitations()
    {
        foreach (var e in graph.Entities)
        {
            foreach (var c in e.Citations)
            {
                yield return (e.Id, c);
            }

            foreach (var c in e.Meeting?.Statuses.SelectMany(s => s.Citations) ?? [])
            {
                yield return (e.Id + " status", c);
            }
        }

        foreach (var r in graph.Relations)
        {
            foreach (var c in r.Citations)
            {
                yield return (r.Id, c);
            }
        }
    }
}
