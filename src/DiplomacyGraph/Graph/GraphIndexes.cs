using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    /// <remarks>
    /// Many relations over few days (an event import: a million rows over some years) are counted into their days
    /// (<see cref="ByDayCount"/>), one pass to count and one to place, instead of a comparison sort of every relation.
    /// Few relations, or days spread wider than twice their number, are sorted by key.
    /// </remarks>
    public static ImmutableArray<Relation> InTimeOrder(ImmutableArray<Relation> relations)
    {
        var days = new int[relations.Length];
        var (first, last) = (int.MaxValue, int.MinValue);
        for (var i = 0; i < days.Length; i++)
        {
            var day = days[i] = relations[i].Time.Earliest.DayNumber;
            (first, last) = (Math.Min(first, day), Math.Max(last, day));
        }

        var ordered = days.Length >= CountingSortMinimum && (long)last - first < 2L * days.Length
            ? ByDayCount(relations, days, first, last - first + 1)
            : ByKey(relations, days);
        return ImmutableCollectionsMarshal.AsImmutableArray(ordered);
    }

    /// <summary>Below this many relations a comparison sort is as quick as counting, with no array of days to make.</summary>
    private const int CountingSortMinimum = 4096;

    /// <summary>
    /// A counting sort by day: each day's relations go to where that day starts, in input order, so the order is the
    /// stable sort's. <paramref name="span"/> is the number of days from <paramref name="first"/> to the last.
    /// </summary>
    private static Relation[] ByDayCount(ImmutableArray<Relation> relations, int[] days, int first, int span)
    {
        var starts = new int[span + 1];
        foreach (var day in days)
        {
            starts[day - first + 1]++;
        }

        for (var d = 1; d < starts.Length; d++)
        {
            starts[d] += starts[d - 1];
        }

        var ordered = new Relation[days.Length];
        for (var i = 0; i < days.Length; i++)
        {
            ordered[starts[days[i] - first]++] = relations[i];
        }

        return ordered;
    }

    /// <summary>A sort on one key per relation, the day above its input position: input order among equal days, with no key comparer calls.</summary>
    private static Relation[] ByKey(ImmutableArray<Relation> relations, int[] days)
    {
        var keys = new long[days.Length];
        var ordered = relations.ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            keys[i] = ((long)days[i] << 32) | (uint)i;
        }

        Array.Sort(keys, ordered);
        return ordered;
    }

    /// <summary>
    /// The relations of each entity and of each unordered pair, in the order given. The pairs are counted by the
    /// entities' slot numbers (one <c>long</c> key each), so an id's text is hashed once per relation end, not again per pair.
    /// The pair index is a plain dictionary sized once: freezing it (a search for the best bucket count over every pair)
    /// cost a tenth of a load, for one lookup per <c>RelationsBetween</c>.
    /// </summary>
    public static (FrozenDictionary<string, ImmutableArray<Relation>> ByEntity, Dictionary<EntityPair, ImmutableArray<Relation>> ByPair) ByEntityAndPair(ImmutableArray<Relation> ordered)
    {
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var slotOf = new int[ordered.Length * 2];
        var pairSlots = new Dictionary<long, int>();
        var pairCounts = new List<int>();
        var pairs = new List<EntityPair>();
        var pairOf = new int[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            var relation = ordered[i];
            var from = slotOf[2 * i] = Count(slots, counts, relation.From);
            var to = slotOf[(2 * i) + 1] = Count(slots, counts, relation.To);
            var key = ((long)Math.Min(from, to) << 32) | (uint)Math.Max(from, to);
            pairOf[i] = Count(pairSlots, pairCounts, key);
            if (pairs.Count < pairCounts.Count)
            {
                pairs.Add(EntityPair.Of(relation.From, relation.To));
            }
        }

        var byEntity = Fill(ordered, slotOf, 2, counts);
        var byPair = Fill(ordered, pairOf, 1, pairCounts);
        var pairIndex = new Dictionary<EntityPair, ImmutableArray<Relation>>(pairs.Count);
        for (var s = 0; s < pairs.Count; s++)
        {
            pairIndex.Add(pairs[s], byPair[s]);
        }

        return (slots.ToFrozenDictionary(p => p.Key, p => byEntity[p.Value], StringComparer.Ordinal), pairIndex);
    }

    /// <summary>The slot of <paramref name="key"/> (a new one at its first sight), counting one more item in it.</summary>
    private static int Count<TKey>(Dictionary<TKey, int> slots, List<int> counts, TKey key)
        where TKey : notnull
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, key, out var exists);
        if (!exists)
        {
            slot = counts.Count;
            counts.Add(0);
        }

        CollectionsMarshal.AsSpan(counts)[slot]++;
        return slot;
    }

    /// <summary>
    /// Each slot's items in input order, in an array of exactly its count (no growing lists, no copies):
    /// item <c>i</c> goes into slots <c>slotOf[i * perItem ..]</c>.
    /// </summary>
    private static ImmutableArray<Relation>[] Fill(ImmutableArray<Relation> items, int[] slotOf, int perItem, List<int> counts)
    {
        var arrays = new Relation[counts.Count][];
        for (var s = 0; s < arrays.Length; s++)
        {
            arrays[s] = new Relation[counts[s]];
        }

        var filled = new int[arrays.Length];
        for (var i = 0; i < slotOf.Length; i++)
        {
            var s = slotOf[i];
            arrays[s][filled[s]++] = items[i / perItem];
        }

        var buckets = new ImmutableArray<Relation>[arrays.Length];
        for (var s = 0; s < arrays.Length; s++)
        {
            buckets[s] = ImmutableCollectionsMarshal.AsImmutableArray(arrays[s]);
        }

        return buckets;
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
