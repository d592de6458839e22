using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>One party of a <see cref="HistoryEntry"/>: who took part, in what role, and through whom it counts for a queried entity.</summary>
/// <param name="Entity">Who took part: an end of the relation, or an attendee of the meeting.</param>
/// <param name="Role">Its role (in the meeting, or on the relation), when the data gives one.</param>
/// <param name="Assertion">How the sources put its part (its attendance, or the relation).</param>
/// <param name="ActsFor">
/// The queried entity it took part for when it is one of its office holders, members, government or places (Ishaq Dar for
/// Pakistan); <see langword="null"/> when it is a queried entity itself or neither side's.
/// </param>
/// <param name="Via">The office and membership relations through which it acts for <paramref name="ActsFor"/>, closest first.</param>
public sealed record HistoryParty(Entity Entity, string? Role, Assertion Assertion, Entity? ActsFor, ImmutableArray<Relation> Via)
{
    /// <summary>The name, with the role and whom it acted for: <c>Ishaq Dar (guest; for Pakistan)</c>.</summary>
    public override string ToString()
    {
        var notes = new[] { Role, ActsFor is null ? null : $"for {ActsFor.Name}" }.Where(n => n is not null).ToList();
        return notes.Count == 0 ? Entity.Name : $"{Entity.Name} ({string.Join("; ", notes)})";
    }
}
