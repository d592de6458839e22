using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Finds the one entity a person means by a name, an alias or an office.</summary>
public static class EntityResolver
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// Resolves a name by ranked steps, stopping at the first that matches anything:
    /// (1) an exact id; (2) a name or alias with the same <see cref="NameKey"/> (case-, diacritic- and punctuation-insensitive),
    /// or the same once a leading "the" and a trailing "(…)" are dropped ("Express Tribune" is "The Express Tribune");
    /// (3) people, countries, organizations and places whose name or alias contains the query as whole consecutive words
    /// ("Azizi" in "Nooruddin Azizi"); (4) the holders of an office, as office names are normalised (see <see cref="OfficeQueries"/>), optionally
    /// of a country or organization ("Deputy PM", "Foreign Minister of Pakistan", "Pakistan's FM");
    /// (5) meetings and statements whose name contains the query as whole words.
    /// A single entity at the first matching step resolves; several are a tie and an error listing them — it never guesses.
    /// </summary>
    /// <exception cref="EntityResolutionException">
    /// No entity matches (with <see cref="EntityResolutionException.Suggestions"/>: near misses by spelling or transliteration),
    /// or several tie at the first matching step (all listed in <see cref="EntityResolutionException.Candidates"/>).
    /// </exception>
    /// <example><code>graph.Resolve("Mohammad Sadiq"); // the entity muhammad-sadiq
    /// graph.Resolve("Azizi");           // the person, not the meeting "Sadiq–Azizi talks"
    /// graph.Resolve("Deputy PM");       // Ishaq Dar, who holds the office of Deputy Prime Minister
    /// graph.Resolve("Khan");            // throws: Amir Khan Muttaqi, Shafqat Ali Khan
    /// graph.Resolve("Mutaqi");          // throws; Suggestions: Amir Khan Muttaqi</code></example>
    public static Entity Resolve(this DiplomaticGraph graph, string name)
    {
        var found = Candidates(graph, name);
        return found.Length == 1 ? found[0] : throw new EntityResolutionException(name, found, found.IsEmpty ? Suggestions(graph, name) : []);
    }

    /// <summary>Every entity the name could mean, at the first of the steps of <see cref="Resolve"/> that matches anything; each once.</summary>
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
        if (key.Length == 0)
        {
            return [];
        }

        var core = CoreName(key);
        ImmutableArray<Entity> Matching(Func<Entity, bool> kind, Func<string, bool> match) =>
            [.. graph.Entities.Where(e => kind(e) && Names(e).Any(n => match(NameKey.Normalize(n))))];

        var steps = new Func<ImmutableArray<Entity>>[]
        {
            () => Matching(_ => true, n => CoreName(n) == core),
            () => Matching(e => IsPrimary(e.Kind), n => ContainsWords(n, key)),
            () => OfficeHolders(graph, key),
            () => Matching(e => !IsPrimary(e.Kind), n => ContainsWords(n, key)),
        };
        foreach (var step in steps)
        {
            var found = step();
            if (!found.IsEmpty)
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>
    /// Near misses for a name nothing matches: entities whose name or alias is the same name transliterated differently
    /// (Mohammed/Muhammad, Nuruddin/Nooruddin) or within a typo or two of each word (Mutaqi → Muttaqi), closest first,
    /// people, countries, organizations and places before meetings and statements; at most five.
    /// </summary>
    public static ImmutableArray<Entity> Suggestions(DiplomaticGraph graph, string name)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(name);
        var key = NameKey.Normalize(name);
        if (key.Length == 0)
        {
            return [];
        }

        var scored = graph.Entities
            .Select(e => (Entity: e, Miss: Names(e).Select(n => NameVariants.Miss(key, NameKey.Normalize(n))).Where(m => m is not null).Min()))
            .Where(s => s.Miss is not null)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(s => s.Miss!.Value);
        return
        [
            .. scored.Where(s => s.Miss <= best + 1)
                .OrderBy(s => s.Miss).ThenBy(s => IsPrimary(s.Entity.Kind) ? 0 : 1)
                .Select(s => s.Entity).Take(MaxSuggestions),
        ];
    }

    /// <summary>True for the kinds a name usually means first: people, countries, organizations and places (not meetings or statements).</summary>
    internal static bool IsPrimary(EntityKind kind) => kind is EntityKind.Person or EntityKind.Country or EntityKind.Organization or EntityKind.Place;

    private static IEnumerable<string> Names(Entity e) => e.Aliases.Prepend(e.Name);

    /// <summary>A name key without a leading "the" and a trailing parenthesis word such as "(unnamed)".</summary>
    private static string CoreName(string key)
    {
        var core = key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
        return core.EndsWith(" unnamed", StringComparison.Ordinal) ? core[..^8] : core;
    }

    /// <summary>The holders of an office named by the query, optionally "ROLE of BODY", "BODY's ROLE" or "BODY ROLE".</summary>
    private static ImmutableArray<Entity> OfficeHolders(DiplomaticGraph graph, string key)
    {
        var words = key.Split(' ');
        var readings = new List<(string Role, Entity? Body)> { (key, null) };
        for (var i = 1; i < words.Length; i++)
        {
            var (left, right) = (string.Join(' ', words[..i]), string.Join(' ', words[i..]));
            if (words[i - 1] == "of" && i > 1 && Body(graph, right) is { } after)
            {
                readings.Add((string.Join(' ', words[..(i - 1)]), after));
            }

            if ((Body(graph, left) ?? (left.EndsWith('s') ? Body(graph, left[..^1]) : null)) is { } before)
            {
                readings.Add((right, before));
            }
        }

        var holders = new List<Entity>();
        foreach (var (role, body) in readings)
        {
            var office = OfficeName.Normalize(role);
            var within = body is null ? null : RepresentativeFinder.Of(graph, body, viaMembers: true).Select(r => r.Entity.Id).ToHashSet(StringComparer.Ordinal);
            holders.AddRange(graph.Relations
                .Where(r => r.Is(BuiltInRelationTypes.HoldsOffice) && r.Assertion != Assertion.Denied && r.Role is not null
                    && (within is null || within.Contains(r.To)) && OfficeName.Normalize(r.Role) == office)
                .Select(r => graph.GetEntity(r.From)));
        }

        return [.. holders.Distinct()];
    }

    private static Entity? Body(DiplomaticGraph graph, string key) =>
        graph.FindByName(key) is [{ Kind: EntityKind.Country or EntityKind.Organization } body] ? body : null;

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
