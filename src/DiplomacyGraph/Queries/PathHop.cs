using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>One step of a <see cref="GraphPath"/>: from one entity to the next over a relation, with its date and its first citation.</summary>
public sealed record PathHop
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal PathHop(Relation relation, Entity start, Entity end, DateRange time, ResolvedCitation firstCitation)
    {
        Relation = relation;
        From = start;
        To = end;
        Time = time;
        FirstCitation = firstCitation;
    }

    /// <summary>The relation walked.</summary>
    public Relation Relation { get; init; }

    /// <summary>The entity the step leaves.</summary>
    public Entity From { get; init; }

    /// <summary>The entity the step reaches.</summary>
    public Entity To { get; init; }

    /// <summary>When the relation held (<c>Time.ToString()</c> is the date as written).</summary>
    public DateRange Time { get; init; }

    /// <summary>The relation's first citation, with its source's title.</summary>
    public ResolvedCitation FirstCitation { get; init; }

    /// <summary>True when the step follows the relation's direction (<see cref="From"/> is <see cref="Relation.From"/>).</summary>
    public bool Forward => Relation.From == From.Id;

    /// <summary>How the sources put the relation walked (<see cref="Assertion.Stated"/> unless the filter widened the walk).</summary>
    public Assertion Assertion => Relation.Assertion;
}
