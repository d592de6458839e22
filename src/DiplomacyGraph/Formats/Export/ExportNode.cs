using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Export;

/// <summary>A node of a GraphML or GEXF export: an entity, and for a meeting the names of the places it was held in.</summary>
internal sealed record ExportNode(Entity Entity, ImmutableArray<string> Places)
{
    /// <summary>The first possible day of a meeting or statement, or null for an open start or a node of another kind.</summary>
    /// <remarks>An open end is the bound's absence, not a day: a meeting dated 0001-01-01 has a closed start.</remarks>
    public DateOnly? Start => IsDated && Entity.Time is { Start: not null } t ? t.Earliest : null;

    /// <summary>The last possible day of a meeting or statement, or null for an open end or a node of another kind.</summary>
    public DateOnly? End => IsDated && Entity.Time is { End: not null } t ? t.Latest : null;

    /// <summary>True for a meeting or a statement: the kinds that have a time.</summary>
    public bool IsDated => Entity.Meeting is not null || Entity.Statement is not null;
}
