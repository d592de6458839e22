using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>One step of a <see cref="GraphPath"/>: from one entity to the next over a relation, with its date and its first citation.</summary>
/// <param name="Relation">The relation walked.</param>
/// <param name="From">The entity the step leaves.</param>
/// <param name="To">The entity the step reaches.</param>
/// <param name="Time">When the relation held (<c>Time.ToString()</c> is the date as written).</param>
/// <param name="FirstCitation">The relation's first citation, with its source's title.</param>
public sealed record PathHop(Relation Relation, Entity From, Entity To, DateRange Time, ResolvedCitation FirstCitation)
{
    /// <summary>True when the step follows the relation's direction (<see cref="From"/> is <see cref="Relation.From"/>).</summary>
    public bool Forward => Relation.From == From.Id;

    /// <summary>How the sources put the relation walked (<see cref="Assertion.Stated"/> unless the filter widened the walk).</summary>
    public Assertion Assertion => Relation.Assertion;
}
