namespace DiplomacyGraph.Synthetic;

/// <summary>The size and seed of a graph made by <see cref="SyntheticGraph.Generate"/>.</summary>
public sealed record SyntheticGraphOptions
{
    /// <summary>The fewest entities a synthetic graph can have: enough for every kind and distinct endpoints.</summary>
    public const int MinimumEntities = 20;

    /// <summary>How many entities (persons, countries, organizations, places, meetings), exactly. At least <see cref="MinimumEntities"/>.</summary>
    public required int Entities { get; init; }

    /// <summary>How many relations, exactly. Zero or more.</summary>
    public required int Relations { get; init; }

    /// <summary>The seed: the same seed and sizes give the same graph, element for element, on every runtime.</summary>
    public long Seed { get; init; }
}
