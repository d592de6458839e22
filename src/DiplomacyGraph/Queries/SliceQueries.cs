using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Slices of a graph in time, each itself a <see cref="DiplomaticGraph"/>, so every query works on a slice.</summary>
public static class SliceQueries
{
    /// <summary>
    /// The valid-time slice: the world as it stood on <paramref name="date"/> — everything that had possibly happened or begun
    /// by then (its time's earliest possible day is on or before the date). Meetings certainly after the date are left out with
    /// their relations; what had ended before the date stays, as history. Entities other than meetings, sources and citations
    /// are kept as they are.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="date">The day of the slice.</param>
    /// <example><code>graph.AsOf(new DateOnly(2025, 4, 1)).History("pakistan", "afghanistan");</code></example>
    public static DiplomaticGraph AsOf(this DiplomaticGraph graph, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entities = graph.Entities.Where(e => e.Meeting is null || e.Meeting.Time.Earliest <= date).ToList();
        var kept = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var relations = graph.Relations.Where(r => r.Time.Earliest <= date && kept.Contains(r.From) && kept.Contains(r.To));
        return graph.Subgraph(graph.Sources, entities, relations);
    }

    /// <summary>
    /// The knowledge-time slice: only what sources published by <paramref name="date"/> said. Citations of other sources are
    /// removed; a relation left without citations goes, and so does a meeting (with its relations). A meeting's status reports
    /// are filtered the same way, so a planned event becomes delayed, held or cancelled only in the slices where a known source
    /// says so (a report without citations of its own rests on the meeting's and stays with it). An entity other than a meeting
    /// stays when a known source cites it or a remaining relation touches it. Only the known sources remain.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="date">The day of the slice.</param>
    /// <param name="mode">
    /// <see cref="TimeOrderMode.Strict"/> (default): a source is known when it was certainly published by the date (its
    /// <see cref="Source.Published"/> latest possible day is on or before it), so sources of unknown date are left out.
    /// <see cref="TimeOrderMode.Lenient"/>: when it was possibly published by then (earliest possible day on or before it), so
    /// sources of unknown date are kept.
    /// </param>
    public static DiplomaticGraph KnownAsOf(this DiplomaticGraph graph, DateOnly date, TimeOrderMode mode = TimeOrderMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var sources = graph.Sources.Where(s => (mode == TimeOrderMode.Strict ? s.Published.Latest : s.Published.Earliest) <= date).ToImmutableArray();
        var known = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<Citation> Known(ImmutableArray<Citation> citations) => [.. citations.Where(c => known.Contains(c.SourceId))];

        // Meetings and statements exist only as far as a known source reports them.
        var events = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            if (entity.Meeting is { } details && Known(entity.Citations) is { IsEmpty: false } citations)
            {
                var statuses = details.Statuses
                    .Where(s => s.Citations.IsEmpty || s.Citations.Any(c => known.Contains(c.SourceId)))
                    .Select(s => new StatusReport { Status = s.Status, Citations = Known(s.Citations) })
                    .ToImmutableArray();
                if (!statuses.IsEmpty)
                {
                    events[entity.Id] = entity with { Citations = citations, Meeting = new MeetingDetails { Time = details.Time, Topics = details.Topics, Statuses = statuses } };
                }
            }
            else if (entity.Statement is not null && Known(entity.Citations) is { IsEmpty: false } words)
            {
                events[entity.Id] = entity with { Citations = words };
            }
        }

        bool IsEvent(Entity e) => e.Meeting is not null || e.Statement is not null;
        bool EndKnown(string id) => events.ContainsKey(id) || !IsEvent(graph.GetEntity(id));
        var relations = graph.Relations
            .Where(r => EndKnown(r.From) && EndKnown(r.To))
            .Select(r => (Relation: r, Citations: Known(r.Citations)))
            .Where(r => !r.Citations.IsEmpty)
            .Select(r => r.Relation with { Citations = r.Citations })
            .ToList();
        var touched = relations.SelectMany(r => new[] { r.From, r.To, r.ClaimedBy }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Entity? Keep(Entity e)
        {
            if (IsEvent(e))
            {
                return events.GetValueOrDefault(e.Id);
            }

            var citations = Known(e.Citations);
            return !citations.IsEmpty || touched.Contains(e.Id) ? e with { Citations = citations } : null;
        }

        var entities = graph.Entities.Select(Keep).OfType<Entity>();
        return graph.Subgraph(sources, entities, relations);
    }
}
