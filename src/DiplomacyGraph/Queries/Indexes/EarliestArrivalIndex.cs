using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// A temporal two-hop label index (timetable labelling) for the lenient <see cref="EarliestArrivalQueries.EarliestArrival"/>
/// under the default filter (<see cref="EarliestArrivalQueries.CarrierTypes"/>, stated only, undirected, no window, no kinds),
/// built on the first such query; immutable afterwards.
/// </summary>
/// <remarks>
/// <para>A path is summed up by two days: <c>A</c>, the largest earliest day of its hops, and <c>B</c>, the smallest latest day.
/// It can be walked (leniently) from a start day <c>c</c> when <c>c ≤ B</c>, and then arrives at <c>max(c, A)</c>; a path (A1, B1)
/// followed by a path (A2, B2) can be walked when <c>A1 ≤ B2</c> and sums up to (max(A1, A2), min(B1, B2)). One path is as good
/// as another from every start day when its A is no greater and its B no smaller.</para>
/// <para>Entities are hubs in order of degree (most carrier hops first); each hub's pruned searches — forward, labels in order of
/// A, and backward, in order of B descending — add (hub, A, B) to the in-labels of what it reaches and the out-labels of what
/// reaches it, skipping a label the labels so far already cover. The earliest arrival from <c>s</c> to <c>t</c> is then a merge of
/// <c>s</c>'s out-labels and <c>t</c>'s in-labels by hub. On the generated graphs most paths run through the first hubs: about 3
/// labels an entity either way (8–9 bytes a relation) and 0.3 s of build at 100k relations, 2 s at a million.</para>
/// <para>The hop count and the path come from a bidirectional breadth-first search over the hops that are tight for the query
/// (a hop from u to v whose arrival from u's earliest arrival is v's earliest arrival, both read from the labels): the label-setting
/// search keeps, per entity, the fewest hops among the earliest labels, which is the distance over tight hops.</para>
/// <para>Strict mode is not served: a strict hop (E, L) is the lenient hop (L, E) in this algebra, but its labels measured 24 bytes a
/// relation and 60–70 s of build at a million relations (a profile per departure day of the big hubs), so it keeps the search.</para>
/// </remarks>
internal sealed partial class EarliestArrivalIndex
{
    private const int MinusInfinity = int.MinValue;
    private const int PlusInfinity = int.MaxValue;

    private readonly TimeRespectingAdjacency adjacency;
    private readonly bool[] usable;

    public EarliestArrivalIndex(TimeRespectingAdjacency adjacency)
    {
        this.adjacency = adjacency;
        usable = new bool[adjacency.TypeNames.Length << 8];
        for (var type = 0; type < adjacency.TypeNames.Length; type++)
        {
            if (EarliestArrivalQueries.CarrierTypes.Contains(adjacency.TypeNames[type]))
            {
                usable[(type << 8) | ((int)Assertion.Stated << 2) | 3] = true; // carries, leaves the entity
                usable[(type << 8) | ((int)Assertion.Stated << 2) | 1] = true; // carries, enters it (undirected)
            }
        }

        // The hops into each entity: the usable slots of the entities at their other ends.
        var entities = adjacency.Start.Length - 1;
        var packed = adjacency.Packed;
        InStart = new int[entities + 1];
        for (var slot = 0; slot < packed.Length; slot++)
        {
            if (usable[packed[slot].Info])
            {
                InStart[packed[slot].Next + 1]++;
            }
        }

        for (var v = 0; v < entities; v++)
        {
            InStart[v + 1] += InStart[v];
        }

        InFrom = new int[InStart[entities]];
        InSlot = new int[InStart[entities]];
        var fill = InStart[..^1];
        for (var v = 0; v < entities; v++)
        {
            for (var slot = adjacency.Start[v]; slot < adjacency.Start[v + 1]; slot++)
            {
                if (usable[packed[slot].Info])
                {
                    var at = fill[packed[slot].Next]++;
                    InFrom[at] = v;
                    InSlot[at] = slot;
                }
            }
        }

        Labels = new HubLabels(this);
    }

    /// <summary>Where each entity's hops in begin in <see cref="InFrom"/> and <see cref="InSlot"/> (one more entry than entities).</summary>
    public int[] InStart { get; }

    /// <summary>Per hop into an entity: the entity it leaves.</summary>
    public int[] InFrom { get; }

    /// <summary>Per hop into an entity: its slot in <see cref="TimeRespectingAdjacency"/> (among the slots of the entity it leaves).</summary>
    public int[] InSlot { get; }

    /// <summary>Whether the index answers this query exactly: lenient, under the default filter (or one equal to it in effect).</summary>
    public static bool Serves(TimeOrderMode mode, QueryFilter filter) =>
        mode == TimeOrderMode.Lenient && filter.Window is null && filter.AvoidKinds is null && filter.ThroughKinds is null && !filter.Directed
        && (filter.OnlyTypes is null || filter.OnlyTypes.SetEquals(EarliestArrivalQueries.CarrierTypes))
        && (filter.Assertions is null || filter.Assertions.SetEquals(QueryFilter.StatedOnly));

    /// <summary>The two-hop labels.</summary>
    public HubLabels Labels { get; }

    /// <summary>A hop's two days: the earliest and latest day a message passes.</summary>
    private static (int E, int L) Days(in TimeRespectingSlot slot) => (slot.Earliest, slot.Latest);
}
