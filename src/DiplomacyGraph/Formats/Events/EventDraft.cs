using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Events;

/// <summary>An entity an import is making (or has matched to one already in the graph), completed as rows name it.</summary>
internal sealed class EventDraft(string id, EntityKind kind, string name, FilePosition at, bool matched)
{
    private readonly List<string> aliases = [];

    public string Id { get; } = id;

    /// <summary>Whether the draft is an entity already in the graph: nothing is added for it.</summary>
    public bool Matched { get; } = matched;

    public SortedDictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    public void Alias(string? alias)
    {
        if (alias is not null && alias != name && !aliases.Contains(alias, StringComparer.Ordinal))
        {
            aliases.Add(alias);
        }
    }

    public void Attribute(string key, string? value)
    {
        if (value is not null)
        {
            Attributes.TryAdd(key, value);
        }
    }

    public (Entity Entity, ElementPositions At) ToEntity() =>
        (new Entity { Id = Id, Kind = kind, Name = name, Aliases = [.. aliases], Attributes = Attributes.ToImmutableSortedDictionary(StringComparer.Ordinal) }, new ElementPositions(at));
}
