using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Export;

/// <summary>An edge of a GraphML or GEXF export: one relation, or (aggregated) every fact between an ordered pair.</summary>
internal sealed record ExportEdge(string Id, string From, string To, ImmutableArray<ExportFact> Facts)
{
    /// <summary>How many facts the edge stands for: the <c>weight</c> of an aggregated edge.</summary>
    public int Weight => Facts.Length;

    /// <summary>The relation type, or the distinct types of an aggregated edge.</summary>
    public IEnumerable<string> Types => Facts.Select(f => f.Type).Distinct(StringComparer.Ordinal);

    /// <summary>The first possible day of any fact, or null when any fact is open at the start.</summary>
    /// <remarks>An open end is the bound's absence, not a day: a fact dated 0001-01-01 has a closed start.</remarks>
    public DateOnly? Start => Facts.Any(f => f.Time.Start is null) ? null : Facts.Min(f => f.Time.Earliest);

    /// <summary>The last possible day of any fact, or null when any fact is open at the end.</summary>
    public DateOnly? End => Facts.Any(f => f.Time.End is null) ? null : Facts.Max(f => f.Time.Latest);

    /// <summary>Every citation of every fact, in order.</summary>
    public IEnumerable<Citation> Citations => Facts.SelectMany(f => f.Citations);
}
