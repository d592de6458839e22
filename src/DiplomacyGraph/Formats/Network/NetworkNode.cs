using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Network;

/// <summary>A node of a network export: an entity, and for a meeting the names of the places it was held in.</summary>
internal sealed record NetworkNode(Entity Entity, ImmutableArray<string> Places)
{
    /// <summary>The first possible day of a meeting, or null for an open start or a node that is not a meeting.</summary>
    public DateOnly? Start => Entity.Meeting?.Time is { Start: not null } t ? t.Earliest : null;

    /// <summary>The last possible day of a meeting, or null for an open end or a node that is not a meeting.</summary>
    public DateOnly? End => Entity.Meeting?.Time is { End: not null } t ? t.Latest : null;
}
