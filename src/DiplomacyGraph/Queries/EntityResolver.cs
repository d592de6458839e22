using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Finds the one entity a person means by a name.</summary>
public static class EntityResolver
{
    /// <summary>
    /// Resolves a name in three steps, stopping at the first that matches: (1) an exact id; (2) a name or
    /// alias with the same <see cref="NameKey"/> (case-, diacritic- and punctuation-insensitive);
    /// (3) names or aliases that contain the query as whole consecutive words ("sadiq" in "Muhammad Sadiq").
    /// Spelling variants match only when declared as aliases: there is no fuzzy guessing.
    /// </summary>
    /// <exception cref="EntityResolutionException">No entity matches, or more than one does at the first matching step (all are listed).</exception>
    /// <example><code>graph.Resolve("Mohammad Sadiq"); // the entity muhammad-sadiq
    /// graph.Resolve("Khan");            // throws: Amir Khan Muttaqi, Shafqat Ali Khan</code></example>
    public static Entity Resolve(this DiplomaticGraph graph, string name)
    {
        var found = Candidates(graph, name);
        return found.Length == 1 ? found[0] : throw new EntityResolutionException(name, found);
    }

    /// <summary>Every entity the name could mean, by the first of the three steps of <see cref="Resolve"/> that matches anything.</summary>
    public static ImmutableArray<Entity> Candidates(DiplomaticGraph graph, string name)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(name);
        if (graph.TryGetEntity(name.Trim(), out var byId))
        {
            return [byId];
        }

        var exact = graph.FindByName(name);
        if (!exact.IsEmpty)
        {
            return exact;
        }

        var key = NameKey.Normalize(name);
        return key.Length == 0
            ? []
            : [.. graph.Entities.Where(e => e.Aliases.Prepend(e.Name).Any(n => ContainsWords(NameKey.Normalize(n), key)))];
    }

    private static bool ContainsWords(string nameKey, string queryKey)
    {
        var at = nameKey.IndexOf(queryKey, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + queryKey.Length;
            if ((at == 0 || nameKey[at - 1] == ' ') && (end == nameKey.Length || nameKey[end] == ' '))
            {
                return true;
            }

            at = nameKey.IndexOf(queryKey, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
