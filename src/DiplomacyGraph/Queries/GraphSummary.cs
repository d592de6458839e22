using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>What a graph holds at a glance: counts by kind and type, citations, and the span of its known dates.</summary>
public sealed record GraphSummary
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal GraphSummary(int entities, int relations, int sources, int citations, ImmutableArray<KeyValuePair<EntityKind, int>> entitiesByKind, ImmutableArray<KeyValuePair<string, int>> relationsByType, DateOnly? earliest, DateOnly? latest)
    {
        Entities = entities;
        Relations = relations;
        Sources = sources;
        Citations = citations;
        EntitiesByKind = entitiesByKind;
        RelationsByType = relationsByType;
        Earliest = earliest;
        Latest = latest;
    }

    /// <summary>The number of entities.</summary>
    public int Entities { get; init; }

    /// <summary>The number of relations.</summary>
    public int Relations { get; init; }

    /// <summary>The number of sources.</summary>
    public int Sources { get; init; }

    /// <summary>Every quote: on entities, relations and meeting status reports.</summary>
    public int Citations { get; init; }

    /// <summary>Entities per kind, every kind listed (zero included), in declaration order.</summary>
    public ImmutableArray<KeyValuePair<EntityKind, int>> EntitiesByKind { get; init; }

    /// <summary>Relations per type that occurs, ordered by type name.</summary>
    public ImmutableArray<KeyValuePair<string, int>> RelationsByType { get; init; }

    /// <summary>The earliest day any known date can fall on; null when no date has a known start.</summary>
    public DateOnly? Earliest { get; init; }

    /// <summary>The latest day any known date can fall on; null when no date has a known end.</summary>
    public DateOnly? Latest { get; init; }

    /// <summary>Summarizes <paramref name="graph"/>: relation times and meeting times count as its dates.</summary>
    public static GraphSummary Of(DiplomaticGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var times = graph.Relations.Select(r => r.Time).Concat(graph.Entities.Select(e => e.Meeting?.Time ?? DateRange.Unknown)).ToList();
        var starts = times.Where(t => t.Start is not null).Select(t => t.Earliest).ToList();
        var ends = times.Where(t => t.End is not null).Select(t => t.Latest).ToList();
        return new GraphSummary(
            graph.Entities.Length,
            graph.Relations.Length,
            graph.Sources.Length,
            graph.Relations.Sum(r => r.Citations.Length) + graph.Entities.Sum(e => e.Citations.Length + (e.Meeting?.Statuses.Sum(s => s.Citations.Length) ?? 0)),
            [.. Enum.GetValues<EntityKind>().Select(k => KeyValuePair.Create(k, graph.EntitiesOfKind(k).Length))],
            [.. graph.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.Count()))],
            starts.Count == 0 ? null : starts.Min(),
            ends.Count == 0 ? null : ends.Max());
    }
}
