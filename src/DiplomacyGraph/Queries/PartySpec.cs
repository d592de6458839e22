using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>One end of a relation row, or a side's own party of a meeting or statement, to be made a <see cref="HistoryParty"/> when the row's parties are read.</summary>
/// <param name="Entity">Who.</param>
/// <param name="Role">Its role: on a relation row, the relation's for one end and none for the other; in a meeting or statement, its part's.</param>
/// <param name="ActsFor">The queried entity it acts for, when it is a member.</param>
/// <param name="Via">The office and membership relations it acts through.</param>
internal readonly record struct PartySpec(Entity Entity, string? Role, Entity? ActsFor, ImmutableArray<Relation> Via)
{
    /// <summary>An end that is no member of a queried side.</summary>
    public static PartySpec Outside(Entity entity) => new(entity, null, null, []);

    /// <summary>True when it acts for no one but itself (its party needs nothing beyond the relation).</summary>
    public bool Itself => ActsFor is null && Via.IsEmpty;

    /// <summary>The party, with the relation's assertion.</summary>
    public HistoryParty Party(Assertion assertion) => new(Entity, Role, assertion, ActsFor, Via);
}
