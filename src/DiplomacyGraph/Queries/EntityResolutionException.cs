using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A name matched no entity, or more than one: the candidates are listed, never silently picked; near misses are suggested.</summary>
public sealed class EntityResolutionException : Exception
{
    /// <summary>Creates the exception for a name and the entities it matched (none, or several).</summary>
    public EntityResolutionException(string name, ImmutableArray<Entity> candidates)
        : this(name, candidates, [])
    {
    }

    /// <summary>Creates the exception for a name, the entities it matched (none, or several), and near misses when none matched.</summary>
    public EntityResolutionException(string name, ImmutableArray<Entity> candidates, ImmutableArray<Entity> suggestions)
        : base(Describe(name, candidates, suggestions))
    {
        Name = name;
        Candidates = candidates.IsDefault ? [] : candidates;
        Suggestions = suggestions.IsDefault ? [] : suggestions;
    }

    /// <summary>The name that was looked up.</summary>
    public string Name { get; }

    /// <summary>Every entity the name matched; empty when none did.</summary>
    public ImmutableArray<Entity> Candidates { get; }

    /// <summary>When nothing matched: entities with a near-miss name ("did you mean"), closest first; otherwise empty.</summary>
    public ImmutableArray<Entity> Suggestions { get; }

    /// <summary>The first line of the message, without the list of candidates or suggestions.</summary>
    public string Headline => Candidates.IsEmpty
        ? $"No entity is called '{Name}'." + (Suggestions.IsEmpty ? string.Empty : " Did you mean:")
        : $"'{Name}' is ambiguous: {Candidates.Length} entities match equally well. Use an id or a fuller name:";

    private static string Describe(string name, ImmutableArray<Entity> candidates, ImmutableArray<Entity> suggestions)
    {
        static string List(ImmutableArray<Entity> entities) => string.Join("; ", entities.Select(c => $"{c.Name} ({c.Kind}, id {c.Id})"));
        if (!candidates.IsDefaultOrEmpty)
        {
            return $"'{name}' is ambiguous; it matches {candidates.Length} entities: {List(candidates)}. Use an id.";
        }

        return suggestions.IsDefaultOrEmpty ? $"No entity is called '{name}'." : $"No entity is called '{name}'. Did you mean {List(suggestions)}?";
    }
}
