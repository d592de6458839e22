using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>What a graph holds at a glance: counts by kind and type, citations, and the span of its known dates.</summary>
/// <param name="Entities">The number of entities.</param>
/// <param name="Relations">The number of relations.</param>
/// <param name="Sources">The number of sources.</param>
/// <param name="Citations">Every quote: on entities, relations and meeting status reports.</param>
/// <param name="EntitiesByKind">Entities per kind, every kind listed (zero included), in declaration order.</param>
/// <param name="RelationsByType">Relations per type that occurs, ordered by type name.</param>
/// <param name="Earliest">The earliest day any known date can fall on; null when no date has a known start.</param>
/// <param name="Latest">The latest day any known date can fall on; null when no date has a known end.</param>
public sealed record GraphSummary(
    int Entities,
    int Relations,
    int Sources,
    int Citations,
    ImmutableArray<KeyValuePair<EntityKind, int>> EntitiesByKind,
    ImmutableArray<KeyValuePair<string, int>> RelationsByType,
    DateOnly? Earliest,
    DateOnly? Latest)
{
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
