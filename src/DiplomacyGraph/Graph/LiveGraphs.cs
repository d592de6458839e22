using DiplomacyGraph.Model;

namespace DiplomacyGraph;

/// <summary>
/// Weak references to every graph built in this process, so that a view of a bare <see cref="Entity"/> or
/// <see cref="Relation"/> (a notebook cell's value) can find the graph it belongs to and name the sources it
/// cites. Holding a reference here never keeps a graph alive.
/// </summary>
internal static class LiveGraphs
{
    private static readonly List<WeakReference<DiplomaticGraph>> Graphs = [];
    private static int pruneAt = 16;

    public static void Register(DiplomaticGraph graph)
    {
        lock (Graphs)
        {
            if (Graphs.Count >= pruneAt)
            {
                Graphs.RemoveAll(w => !w.TryGetTarget(out _));
                pruneAt = Math.Max(16, Graphs.Count * 2);
            }

            Graphs.Add(new WeakReference<DiplomaticGraph>(graph));
        }
    }

    /// <summary>The most recently built live graph holding this very entity, or null.</summary>
    public static DiplomaticGraph? Containing(Entity entity) =>
        Find(g => g.TryGetEntity(entity.Id, out var found) && ReferenceEquals(found, entity));

    /// <summary>The most recently built live graph holding this very relation, or null.</summary>
    public static DiplomaticGraph? Containing(Relation relation) =>
        Find(g => g.TryGetEntity(relation.From, out _) && g.RelationsOf(relation.From).Contains(relation));

    private static DiplomaticGraph? Find(Func<DiplomaticGraph, bool> holds)
    {
        lock (Graphs)
        {
            for (var i = Graphs.Count - 1; i >= 0; i--)
            {
                if (Graphs[i].TryGetTarget(out var graph) && holds(graph))
                {
                    return graph;
                }
            }
        }

        return null;
    }
}
