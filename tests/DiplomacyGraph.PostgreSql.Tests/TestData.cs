using DiplomacyGraph.Testing;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>The graphs the database tests push: the curated seeds and a generated graph big enough to have busy entities.</summary>
internal static class TestData
{
    private static readonly Lazy<DiplomaticGraph> SeedsGraph = new(Seeds.Load);
    private static readonly Lazy<DiplomaticGraph> GeneratedGraph = new(() => SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 400, Relations = 4000, RandomSeed = 18 }));

    public static DiplomaticGraph SeedGraph => SeedsGraph.Value;

    public static DiplomaticGraph Generated => GeneratedGraph.Value;

    public static DiplomaticGraph Named(string name) => name switch
    {
        "seeds" => SeedGraph,
        "generated" => Generated,
        _ => DiplomaticGraph.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)),
    };
}
