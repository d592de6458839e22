using DiplomacyGraph.Model;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Fixed random choices for query benchmarks, the same on every run (seeded), cycled through call by call.</summary>
public static class RandomPicks
{
    /// <summary>How many picks each benchmark cycles through.</summary>
    public const int Count = 256;

    /// <summary>Pairs that have at least one relation between them: the endpoints of random relations (busy pairs are picked more, as users would).</summary>
    public static (string A, string B)[] RelatedPairs(DiplomaticGraph graph, int seed = 1)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, Count).Select(_ => graph.Relations[random.Next(graph.Relations.Length)]).Select(r => (r.From, r.To))];
    }

    /// <summary>Pairs of entities chosen uniformly, usually not adjacent: what a path search is asked.</summary>
    public static (Entity A, Entity B)[] EntityPairs(DiplomaticGraph graph, int seed = 2)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, Count).Select(_ => (graph.Entities[random.Next(graph.Entities.Length)], graph.Entities[random.Next(graph.Entities.Length)]))];
    }

    /// <summary>Entities chosen uniformly.</summary>
    public static Entity[] Entities(DiplomaticGraph graph, int seed = 3)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, Count).Select(_ => graph.Entities[random.Next(graph.Entities.Length)])];
    }
}
