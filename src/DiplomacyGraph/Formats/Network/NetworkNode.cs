using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Network;

/// <summary>A node of a network export: an entity, and for a meeting the names of the places it was held in.</summary>
internal sealed record NetworkNode(Entity Entity, ImmutableArray<string> Places)
{
    /// <summary>The first possible day of a meeting or statement, or null for an open start or a node of another kind.</summary>
    public DateOnly? Start => IsDated && Entity.Time.Earliest is var d && d != DateOnly.MinValue ? d : null;

    /// <summary>The last possible day of a meeting or statement, or null for an open end or a node of another kind.</summary>
    public DateOnly? End => IsDated && Entity.Time.Latest is var d && d != DateOnly.MaxValue ? d : null;

    /// <summary>True for a meeting or a statement: the kinds that have a time.</summary>
    public bool IsDated => Entity.Meeting is not null || Entity.Statement is not null;
}
