using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// The graph's topology as flat int arrays (compressed rows), what the path searches walk: entity <c>v</c>'s steps are the slots
/// <c>[Start[v], Start[v + 1])</c>, each one relation seen from <c>v</c> (self-loops left out): the entity at the other end, the
/// relation's position in <see cref="DiplomaticGraph.Relations"/>, and whether it leaves <c>v</c>. Per relation, the numbers a
/// filter checks: assertion, type number, earliest and latest day; per entity, its kind. Built once per graph, on first use.
/// </summary>
internal sealed class StepAdjacency
{
    public StepAdjacency(DiplomaticGraph graph, IReadOnlyDictionary<string, int> positions)
    {
        var entities = graph.Entities;
        var relations = graph.Relations;
        Kind = new byte[entities.Length];
        for (var v = 0; v < entities.Length; v++)
        {
            Kind[v] = (byte)entities[v].Kind;
        }

        var from = new int[relations.Length];
        var to = new int[relations.Length];
        Assertion = new byte[relations.Length];
        TypeOf = new int[relations.Length];
        Earliest = new int[relations.Length];
        Latest = new int[relations.Length];
        var typeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        Start = new int[entities.Length + 1];
        for (var r = 0; r < relations.Length; r++)
        {
            var relation = relations[r];
            from[r] = positions[relation.From];
            to[r] = positions[relation.To];
            Assertion[r] = (byte)relation.Assertion;
            if (!typeIds.TryGetValue(relation.Type, out var type))
            {
                typeIds[relation.Type] = type = typeIds.Count;
            }

            TypeOf[r] = type;
            Earliest[r] = relation.Time.Earliest.DayNumber;
            Latest[r] = relation.Time.Latest.DayNumber;
            if (from[r] != to[r])
            {
                Start[from[r] + 1]++;
                Start[to[r] + 1]++;
            }
        }

        for (var v = 0; v < entities.Length; v++)
        {
            Start[v + 1] += Start[v];
        }

        Next = new int[Start[entities.Length]];
        RelationOf = new int[Next.Length];
        Outgoing = new bool[Next.Length];
        var fill = Start[..^1];
        for (var r = 0; r < relations.Length; r++)
        {
            var (a, b) = (from[r], to[r]);
            if (a == b)
            {
                continue;
            }

            var slot = fill[a]++;
            (Next[slot], RelationOf[slot], Outgoing[slot]) = (b, r, true);
            slot = fill[b]++;
            (Next[slot], RelationOf[slot], Outgoing[slot]) = (a, r, false);
        }

        TypeNumbers = typeIds;
    }

    /// <summary>Where each entity's slots begin (one more entry than entities: the end of the last).</summary>
    public int[] Start { get; }

    /// <summary>Per slot: the entity position at the other end.</summary>
    public int[] Next { get; }

    /// <summary>Per slot: the relation's position in <see cref="DiplomaticGraph.Relations"/>.</summary>
    public int[] RelationOf { get; }

    /// <summary>Per slot: true when the relation leaves the slot's entity.</summary>
    public bool[] Outgoing { get; }

    /// <summary>Per relation: its <see cref="Model.Assertion"/> as a byte.</summary>
    public byte[] Assertion { get; }

    /// <summary>Per relation: its type as a number (<see cref="TypeNumbers"/>).</summary>
    public int[] TypeOf { get; }

    /// <summary>Per relation: the earliest possible day (<see cref="DateOnly.DayNumber"/>).</summary>
    public int[] Earliest { get; }

    /// <summary>Per relation: the latest possible day.</summary>
    public int[] Latest { get; }

    /// <summary>Per entity: its <see cref="EntityKind"/> as a byte.</summary>
    public byte[] Kind { get; }

    /// <summary>The number of each relation type that occurs.</summary>
    public IReadOnlyDictionary<string, int> TypeNumbers { get; }

    /// <summary>The number of entities.</summary>
    public int Count => Start.Length - 1;
}
