namespace DiplomacyGraph.Testing;

/// <summary>The size and random seed of a graph made by <see cref="SyntheticGraph.Generate"/>.</summary>
public sealed record SyntheticGraphOptions
{
    /// <summary>The fewest entities a synthetic graph can have: enough for every kind and distinct endpoints.</summary>
    public const int MinimumEntities = 20;

    /// <summary>The most entities a synthetic graph can have (about 0.5 GB resident at the relation cap).</summary>
    public const int MaximumEntities = 1_000_000;

    /// <summary>The most relations a synthetic graph can have: 10 million, about 4 GB resident, far below out-of-memory on a large machine.</summary>
    public const int MaximumRelations = 10_000_000;

    /// <summary>How many entities (persons, countries, organizations, places, meetings), exactly. At least <see cref="MinimumEntities"/>, at most <see cref="MaximumEntities"/>.</summary>
    public required int Entities { get; init; }

    /// <summary>How many relations, exactly. Zero to <see cref="MaximumRelations"/>.</summary>
    public required int Relations { get; init; }

    /// <summary>The random seed: the same random seed and sizes give the same graph, element for element, on every runtime.</summary>
    public long RandomSeed { get; init; }
}
