using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Export;

/// <summary>
/// The nodes and edges a GraphML or GEXF export writes, shaped by <see cref="ExportOptions"/>: the one place
/// that decides what aggregation and leaving meetings out mean, shared by the GraphML and GEXF writers.
/// </summary>
internal sealed class ExportProjection
{
    /// <summary>The edge type that joins two attendees of a meeting when meetings are left out.</summary>
    public const string CoAttended = "co-attended";

    private ExportProjection(ImmutableArray<ExportNode> nodes, ImmutableArray<ExportEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public ImmutableArray<ExportNode> Nodes { get; }

    public ImmutableArray<ExportEdge> Edges { get; }

    public static ExportProjection Create(DiplomaticGraph graph, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var isMeeting = graph.EntitiesOfKind(EntityKind.Meeting).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var nodes = graph.Entities
            .Where(e => options.IncludeMeetings || !isMeeting.Contains(e.Id))
            .Select(e => new ExportNode(e, e.Kind == EntityKind.Meeting ? PlacesOf(graph, e.Id) : []));
        var edges = options.IncludeMeetings
            ? graph.Relations.Select(r => new ExportEdge(r.Id, r.From, r.To, [ExportFact.Of(r)]))
            : graph.Relations.Where(r => !isMeeting.Contains(r.From) && !isMeeting.Contains(r.To))
                .Select(r => new ExportEdge(r.Id, r.From, r.To, [ExportFact.Of(r)]))
                .Concat(CoAttendances(graph));
        return new ExportProjection([.. nodes], options.AggregateParallelRelations ? Aggregate(edges) : [.. edges]);
    }

    private static ImmutableArray<string> PlacesOf(DiplomaticGraph graph, string meetingId) =>
    [
        .. graph.RelationsOf(meetingId)
            .Where(r => r.Is(BuiltInRelationTypes.HeldIn) && r.From == meetingId)
            .Select(r => graph.GetEntity(r.To).Name)
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Every pair of attendees of each meeting, in the time order of their attendances.</summary>
    private static IEnumerable<ExportEdge> CoAttendances(DiplomaticGraph graph)
    {
        foreach (var meeting in graph.EntitiesOfKind(EntityKind.Meeting))
        {
            var attendances = graph.RelationsOf(meeting.Id)
                .Where(r => r.Is(BuiltInRelationTypes.Attended) && r.To == meeting.Id)
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
                    var fact = new ExportFact(id, CoAttended, meeting.Meeting!.Time, null, assertion, null, meeting.Citations, meeting.Id, ImmutableSortedDictionary<string, string>.Empty, basis, note);
                    yield return new ExportEdge(id, a.From, b.From, [fact]);
                }
            }
        }
    }

    /// <summary>One edge per ordered pair, in the order each pair first appears; ids cannot clash with kebab-case ids.</summary>
    private static ImmutableArray<ExportEdge> Aggregate(IEnumerable<ExportEdge> edges) =>
    [
        .. edges
            .GroupBy(e => (e.From, e.To))
            .Select(g => new ExportEdge($"{g.Key.From}--{g.Key.To}", g.Key.From, g.Key.To, [.. g.SelectMany(e => e.Facts)])),
    ];
}
