using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A path between two entities: its start and its hops, in order.</summary>
[Microsoft.DotNet.Interactive.Formatting.TypeFormatterSource(typeof(DiplomacyGraph.Notebooks.NotebookFormatterSource))]
public sealed record GraphPath
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal GraphPath(Entity start, ImmutableArray<PathHop> hops)
    {
        Start = start;
        Hops = hops;
    }

    /// <summary>The entity the path starts at.</summary>
    public Entity Start { get; init; }

    /// <summary>The steps; empty when the path starts and ends at the same entity.</summary>
    public ImmutableArray<PathHop> Hops { get; init; }

    /// <summary>The entity the path ends at.</summary>
    public Entity End => Hops.IsEmpty ? Start : Hops[^1].To;

    /// <summary>The number of hops.</summary>
    public int Length => Hops.Length;

    /// <summary>Every entity on the path, start to end.</summary>
    public IEnumerable<Entity> Entities => Hops.Select(h => h.To).Prepend(Start);

    /// <summary>The entity names joined by arrows, for display.</summary>
    public override string ToString() => string.Join(" → ", Entities.Select(e => e.Name));
}
