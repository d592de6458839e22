using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// The entities within <c>hops</c> relations of a centre (either direction), as rings by distance in a
/// deterministic order, and the relations among them grouped by pair. Run on the slice
/// <see cref="Queries.NeighbourhoodQueries.Neighbourhood"/> returns, so the filter is applied once, there.
/// </summary>
internal sealed class EgoNeighbourhood
{
    private EgoNeighbourhood(List<List<Entity>> rings, List<IGrouping<(string, string), Relation>> links)
    {
        Rings = rings;
        Links = links;
    }

    /// <summary>Ring 0 is the centre; ring k holds the entities k relations away, ordered by where they attach, then kind and name.</summary>
    public IReadOnlyList<IReadOnlyList<Entity>> Rings { get; }

    /// <summary>The relations between entities of the neighbourhood, one group per unordered pair.</summary>
    public IReadOnlyList<IGrouping<(string A, string B), Relation>> Links { get; }

    public static EgoNeighbourhood Of(DiplomaticGraph graph, Entity centre, int hops)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [centre.Id] = 0 };
        var rings = new List<List<Entity>> { new() { centre } };
        for (var k = 1; k <= hops; k++)
        {
            var position = rings[k - 1].Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var found = new Dictionary<string, (Entity Entity, int Parent)>(StringComparer.Ordinal);
            foreach (var parent in rings[k - 1])
            {
                foreach (var relation in graph.RelationsOf(parent.Id))
                {
                    var other = relation.From == parent.Id ? relation.To : relation.From;
                    if (!distance.ContainsKey(other) && !found.ContainsKey(other))
                    {
                        found[other] = (graph.GetEntity(other), position[parent.Id]);
                    }
                }
            }

            var ring = found.Values
                .OrderBy(f => f.Parent)
                .ThenBy(f => f.Entity.Kind)
                .ThenBy(f => f.Entity.Name, StringComparer.Ordinal)
                .ThenBy(f => f.Entity.Id, StringComparer.Ordinal)
                .Select(f => f.Entity)
                .ToList();
            if (ring.Count == 0)
            {
                break;
            }

            ring.ForEach(e => distance[e.Id] = k);
            rings.Add(ring);
        }

        var links = graph.Relations
            .Where(r => distance.ContainsKey(r.From) && distance.ContainsKey(r.To) && r.From != r.To)
            .GroupBy(r => string.CompareOrdinal(r.From, r.To) < 0 ? (r.From, r.To) : (r.To, r.From))
            .OrderBy(g => g.Key.Item1, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Item2, StringComparer.Ordinal)
            .ToList();
        return new EgoNeighbourhood(rings, links);
    }
}
