namespace DiplomacyGraph.Testing;

/// <summary>
/// Makes large, realistic-looking graphs for benchmarks and load tests, shaped like event data such as GDELT:
/// a few very active actors (endpoints drawn by Zipf's law), people holding offices in countries, meetings with
/// two to eight attendees held at places, relations dated over thirty years at day, month or year precision with
/// some spans and open ranges, each with one to three citations over a pool of sources. Every element is
/// built through <see cref="GraphBuilder"/>, so the result is a valid graph; the same options give the same graph.
/// </summary>
/// <example><code>
/// DiplomaticGraph graph = SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 10_000, Relations = 100_000, RandomSeed = 42 });
/// </code></example>
public static class SyntheticGraph
{
    /// <summary>Generates a graph with exactly the requested numbers of entities and relations.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than <see cref="SyntheticGraphOptions.MinimumEntities"/> entities, or a negative relation count, or more than <see cref="SyntheticGraphOptions.MaximumEntities"/> entities or <see cref="SyntheticGraphOptions.MaximumRelations"/> relations.</exception>
    public static DiplomaticGraph Generate(SyntheticGraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Entities, SyntheticGraphOptions.MinimumEntities, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Relations, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Entities, SyntheticGraphOptions.MaximumEntities, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Relations, SyntheticGraphOptions.MaximumRelations, nameof(options));
        return new SyntheticGraphGenerator(options).Generate();
    }
}
