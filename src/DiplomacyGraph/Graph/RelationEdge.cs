using DiplomacyGraph.Model;
using QuikGraph;

namespace DiplomacyGraph;

/// <summary>A relation as a QuikGraph edge between its two entities.</summary>
public sealed class RelationEdge : IEdge<Entity>
{
    /// <summary>Wraps a relation whose endpoints are already resolved.</summary>
    internal RelationEdge(Relation relation, Entity source, Entity target)
    {
        Relation = relation;
        Source = source;
        Target = target;
    }

    /// <summary>The relation this edge stands for.</summary>
    public Relation Relation { get; }

    /// <summary>The entity the relation starts from (<see cref="Relation.From"/>).</summary>
    public Entity Source { get; }

    /// <summary>The entity the relation points to (<see cref="Relation.To"/>).</summary>
    public Entity Target { get; }

    /// <summary>The relation's one-line form.</summary>
    public override string ToString() => Relation.ToString();
}
