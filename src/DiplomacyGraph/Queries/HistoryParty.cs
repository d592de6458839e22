using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>One party of a <see cref="HistoryEntry"/>: who took part, in what role, and through whom it counts for a queried entity.</summary>
public sealed record HistoryParty
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal HistoryParty(Entity entity, string? role, Assertion assertion, Entity? actsFor, ImmutableArray<Relation> via)
    {
        Entity = entity;
        Role = role;
        Assertion = assertion;
        ActsFor = actsFor;
        Via = via;
    }

    /// <summary>Who took part: an end of the relation, or an attendee of the meeting.</summary>
    public Entity Entity { get; init; }

    /// <summary>Its role (in the meeting, or on the relation), when the data gives one.</summary>
    public string? Role { get; init; }

    /// <summary>How the sources put its part (its attendance, or the relation).</summary>
    public Assertion Assertion { get; init; }

    /// <summary>
    /// 
    /// The queried entity it took part for when it is one of its office holders, members, government or places (Ishaq Dar for
    /// Pakistan); <see langword="null"/> when it is a queried entity itself or neither side's.
    /// 
    /// </summary>
    public Entity? ActsFor { get; init; }

    /// <summary>The office and membership relations through which it acts for <see cref="ActsFor"/>, closest first.</summary>
    public ImmutableArray<Relation> Via { get; init; }

    /// <summary>The name, with the role and whom it acted for: <c>Ishaq Dar (guest; for Pakistan)</c>.</summary>
    public override string ToString()
    {
        var notes = new[] { Role, ActsFor is null ? null : $"for {ActsFor.Name}" }.Where(n => n is not null).ToList();
        return notes.Count == 0 ? Entity.Name : $"{Entity.Name} ({string.Join("; ", notes)})";
    }
}
