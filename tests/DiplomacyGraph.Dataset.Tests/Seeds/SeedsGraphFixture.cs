using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Model;

// Not DiplomacyGraph.Tests.Seeds: a namespace of that name would hide the Seeds class from the other tests.
namespace DiplomacyGraph.Tests.Dataset;

/// <summary>The seeds loaded once from the repository's YAML files, shared by the seed tests.</summary>
public sealed class SeedsGraphFixture
{
    public DiplomaticGraph Graph { get; } = DiplomaticGraph.Load(SeedFiles.YamlPaths());

    public Entity Entity(string id) => Graph.GetEntity(id);

    public Relation Relation(string id) => Graph.Relations.Single(r => r.Id == id);

    /// <summary>The relations of a type from one entity to another, as the dataset writes them.</summary>
    public IReadOnlyList<Relation> Relations(string type, string from, string to) =>
        [.. Graph.Relations.Where(r => r.Type == type && r.From == from && r.To == to)];
}

[CollectionDefinition(Name)]
public sealed class SeedsGraphCollection : ICollectionFixture<SeedsGraphFixture>
{
    public const string Name = "Seed graph";
}
