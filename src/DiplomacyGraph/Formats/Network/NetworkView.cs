using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Network;

/// <summary>
/// The nodes and edges a network export writes, shaped by <see cref="NetworkExportOptions"/>: the one place
/// that decides what aggregation and leaving meetings out mean, shared by the GraphML and GEXF writers.
/// </summary>
internal sealed class NetworkView
{
    /// <summary>The edge type that joins two attendees of a meeting when meetings are left out.</summary>
    public const string CoAttended = "co-attended";

    private NetworkView(ImmutableArray<NetworkNode> nodes, ImmutableArray<NetworkEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public ImmutableArray<NetworkNode> Nodes { get; }

    public ImmutableArray<NetworkEdge> Edges { get; }

    public static NetworkView Create(DiplomaticGraph graph, NetworkExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var isMeeting = graph.EntitiesOfKind(EntityKind.Meeting).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var nodes = graph.Entities
            .Where(e => options.IncludeMeetings || !isMeeting.Contains(e.Id))
            .Select(e => new NetworkNode(e, e.Kind == EntityKind.Meeting ? PlacesOf(graph, e.Id) : []));
        var edges = options.IncludeMeetings
            ? graph.Relations.Select(r => new NetworkEdge(r.Id, r.From, r.To, [NetworkFact.Of(r)]))
            : graph.Relations.Where(r => !isMeeting.Contains(r.From) && !isMeeting.Contains(r.To))
                .Select(r => new NetworkEdge(r.Id, r.From, r.To, [NetworkFact.Of(r)]))
                .Concat(CoAttendances(graph));
        return new NetworkView([.. nodes], options.AggregateParallelRelations ? Aggregate(edges) : [.. edges]);
    }

    private static ImmutableArray<string> PlacesOf(DiplomaticGraph graph, string meetingId) =>
    [
        .. graph.RelationsOf(meetingId)
            .Where(r => r.Is(RelationTypes.HeldIn) && r.From == meetingId)
            .Select(r => graph.GetEntity(r.To).Name)
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Every pair of attendees of each meeting, in the time order of their attendances.</summary>
    private static IEnumerable<NetworkEdge> CoAttendances(DiplomaticGraph graph)
    {
        foreach (var meeting in graph.EntitiesOfKind(EntityKind.Meeting))
        {
            var attendances = graph.RelationsOf(meeting.Id)
                .Where(r => r.Is(RelationTypes.Attended) && r.To == meeting.Id)
                .DistinctBy(r => r.From, StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < attendances.Count; i++)
            {
                for (var j = i + 1; j < attendances.Count; j++)
                {
                    var (a, b) = (attendances[i], attendances[j]);
                    var id = $"{meeting.Id}--{a.From}--{b.From}";
                    var assertion = a.Assertion != Assertion.Stated ? a.Assertion : b.Assertion;
                    // A shared attendance is as inferred as the less certain of the two attendances.
                    var (basis, note) = a.Basis == Basis.Inferred ? (a.Basis, a.Note) : (b.Basis, b.Note);
                    var fact = new NetworkFact(id, CoAttended, meeting.Meeting!.Time, null, assertion, null, meeting.Citations, meeting.Id, ImmutableSortedDictionary<string, string>.Empty, basis, note);
                    yield return new NetworkEdge(id, a.From, b.From, [fact]);
                }
            }
        }
    }

    /// <summary>One edge per ordered pair, in the order each pair first appears; ids cannot clash with kebab-case ids.</summary>
    private static ImmutableArray<NetworkEdge> Aggregate(IEnumerable<NetworkEdge> edges) =>
    [
        .. edges
            .GroupBy(e => (e.From, e.To))
            .Select(g => new NetworkEdge($"{g.Key.From}--{g.Key.To}", g.Key.From, g.Key.To, [.. g.SelectMany(e => e.Facts)])),
    ];
}
