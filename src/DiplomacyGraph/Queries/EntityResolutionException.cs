using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A name matched no entity, or more than one: the candidates are listed, never silently picked.</summary>
public sealed class EntityResolutionException : Exception
{
    /// <summary>Creates the exception for a name and the entities it matched (none, or several).</summary>
    public EntityResolutionException(string name, ImmutableArray<Entity> candidates)
        : base(Describe(name, candidates))
    {
        Name = name;
        Candidates = candidates;
    }

    /// <summary>The name that was looked up.</summary>
    public string Name { get; }

    /// <summary>Every entity the name matched; empty when none did.</summary>
    public ImmutableArray<Entity> Candidates { get; }

    private static string Describe(string name, ImmutableArray<Entity> candidates) => candidates.IsEmpty
        ? $"No entity is called '{name}'."
        : $"'{name}' is ambiguous; it matches {candidates.Length} entities: " +
          string.Join("; ", candidates.Select(c => $"{c.Name} ({c.Kind}, id {c.Id})")) + ". Use an id.";
}
