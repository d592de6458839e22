using System.Collections.Frozen;
using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph;

/// <summary>Builds the lookup tables of a <see cref="DiplomaticGraph"/>.</summary>
internal static class GraphIndexes
{
    public static FrozenDictionary<string, ImmutableArray<Entity>> ByName(ImmutableArray<Entity> entities)
    {
        var byName = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var key in entity.Aliases.Prepend(entity.Name).Select(NameKey.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                Bucket(byName, key).Add(entity);
            }
        }

        return byName.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    public static FrozenDictionary<EntityKind, ImmutableArray<Entity>> ByKind(ImmutableArray<Entity> entities) =>
        entities.GroupBy(e => e.Kind).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

    /// <summary>Relations ordered by earliest possible day; ties keep input order (the sort is stable).</summary>
    public static ImmutableArray<Relation> InTimeOrder(ImmutableArray<Relation> relations) =>
        [.. relations.OrderBy(r => r.Time.Earliest)];

    public static FrozenDictionary<string, ImmutableArray<Relation>> ByEntity(ImmutableArray<Relation> ordered)
    {
        var byEntity = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var relation in ordered)
        {
            Bucket(byEntity, relation.From).Add(relation);
            Bucket(byEntity, relation.To).Add(relation);
        }

        return byEntity.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    public static FrozenDictionary<EntityPair, ImmutableArray<Relation>> ByPair(ImmutableArray<Relation> ordered)
    {
        var byPair = new Dictionary<EntityPair, List<Relation>>();
        foreach (var relation in ordered)
        {
            Bucket(byPair, EntityPair.Of(relation.From, relation.To)).Add(relation);
        }

        return byPair.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray());
    }

    private static List<TValue> Bucket<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            bucket = [];
            index[key] = bucket;
        }

        return bucket;
    }
}
