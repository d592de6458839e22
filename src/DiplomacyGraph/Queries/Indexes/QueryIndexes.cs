using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// The graph's topology with entity positions as vertices (vertex <c>i</c> is <see cref="DiplomaticGraph.Entities"/>[i]), as flat
/// arrays the searches walk: <see cref="Steps"/> for paths and neighbourhoods, <see cref="TimeRespecting"/> for time-respecting paths
/// and timelines, <see cref="Attendance"/> and <see cref="MetAtMeetings"/> for histories and timelines, and <see cref="EarliestArrival"/>'s labels.
/// Built once per graph, each part on first use; immutable afterwards.
/// </summary>
internal sealed class QueryIndexes
{
    private readonly Dictionary<string, int> positions;
    private readonly System.Collections.Immutable.ImmutableArray<Relation>[] relationsAt;
    private readonly Lazy<StepAdjacency> steps;
    private readonly Lazy<TimeRespectingAdjacency> timeRespecting;
    private readonly Lazy<AttendanceIndex> attendance;
    private readonly Lazy<EarliestArrivalIndex> earliestArrival;
    private readonly Lazy<MetAtMeetings> metAtMeetings;

    public QueryIndexes(DiplomaticGraph graph)
    {
        Entities = graph.Entities;
        positions = new Dictionary<string, int>(graph.Entities.Length, StringComparer.Ordinal);
        relationsAt = new System.Collections.Immutable.ImmutableArray<Relation>[graph.Entities.Length];
        for (var i = 0; i < graph.Entities.Length; i++)
        {
            positions[graph.Entities[i].Id] = i;
            relationsAt[i] = graph.RelationsOf(graph.Entities[i].Id);
        }

        steps = new Lazy<StepAdjacency>(() => new StepAdjacency(graph, positions), LazyThreadSafetyMode.ExecutionAndPublication);
        timeRespecting = new Lazy<TimeRespectingAdjacency>(() => new TimeRespectingAdjacency(graph, positions), LazyThreadSafetyMode.ExecutionAndPublication);
        attendance = new Lazy<AttendanceIndex>(() => new AttendanceIndex(graph, positions), LazyThreadSafetyMode.ExecutionAndPublication);
        earliestArrival = new Lazy<EarliestArrivalIndex>(() => new EarliestArrivalIndex(TimeRespecting), LazyThreadSafetyMode.ExecutionAndPublication);
        metAtMeetings = new Lazy<MetAtMeetings>(() => new MetAtMeetings(graph, TimeRespecting, Attendance), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The entity of each vertex.</summary>
    public System.Collections.Immutable.ImmutableArray<Entity> Entities { get; }

    /// <summary>Every relation as a step either way between entity positions, with what a filter checks (built on first use).</summary>
    public StepAdjacency Steps => steps.Value;

    /// <summary>Each entity's relations as arrays of neighbours and day numbers, for time-respecting searches (built on first use).</summary>
    public TimeRespectingAdjacency TimeRespecting => timeRespecting.Value;

    /// <summary>The meetings each entity attended, as sorted positions (built on first use).</summary>
    public AttendanceIndex Attendance => attendance.Value;

    /// <summary>The hops into each entity and the two-hop labels of lenient earliest arrival under the default filter (built on first use).</summary>
    public EarliestArrivalIndex EarliestArrival => earliestArrival.Value;

    /// <summary>Which <c>met</c> relations, by time-respecting slot, could fold into a meeting row (built on first use).</summary>
    public MetAtMeetings MetAtMeetings => metAtMeetings.Value;

    /// <summary>The vertex of an entity of this graph.</summary>
    public int PositionOf(Entity entity) => positions[entity.Id];

    /// <summary>The vertex of the entity with this id.</summary>
    /// <exception cref="KeyNotFoundException">No entity of this graph has that id.</exception>
    public int PositionOf(string id) => positions[id];

    /// <summary>The vertex of the entity with this id, when one has it.</summary>
    public bool TryPositionOf(string id, out int position) => positions.TryGetValue(id, out position);

    /// <summary>The relations of the entity at vertex <paramref name="v"/>, as <see cref="DiplomaticGraph.RelationsOf"/> gives them (no lookup by id).</summary>
    public System.Collections.Immutable.ImmutableArray<Relation> RelationsAt(int v) => relationsAt[v];
}
