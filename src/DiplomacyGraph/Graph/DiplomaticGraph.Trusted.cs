using System.Collections.Frozen;
using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph;

public sealed partial class DiplomaticGraph
{
    /// <summary>
    /// A graph of parts validated before, trusted as they are: indexed, not validated again. For a store reading back rows it
    /// wrote from a validated graph (DiplomacyGraph.PostgreSql), which checks the references a slice could break itself.
    /// Relation times are taken as given (a validated graph's relations already carry the times they inherit).
    /// </summary>
    internal static DiplomaticGraph FromTrusted(
        ImmutableArray<RelationType> extensionTypes, ImmutableArray<Source> sources, ImmutableArray<Entity> entities, ImmutableArray<Relation> relations)
    {
        if (extensionTypes.IsEmpty)
        {
            // The usual case for a store's small graphs (a history or timeline per call): the built-in vocabulary, indexed once.
            return new DiplomaticGraph(BuiltInVocabulary, extensionTypes, sources, entities, relations);
        }

        var vocabulary = Model.BuiltInRelationTypes.All.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var type in extensionTypes)
        {
            vocabulary[type.Name] = type;
        }

        return new DiplomaticGraph(vocabulary, extensionTypes, sources, entities, relations);
    }

    /// <summary>The built-in relation types by name, frozen once (the graph's constructor keeps a frozen dictionary as it is).</summary>
    private static readonly FrozenDictionary<string, RelationType> BuiltInVocabulary =
        Model.BuiltInRelationTypes.All.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
}
