using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Someone who held an office at a date, and the <c>holds-office</c> relation that says so.</summary>
public sealed record OfficeHolder
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal OfficeHolder(Entity holder, Relation office)
    {
        Holder = holder;
        Office = office;
    }

    /// <summary>The person.</summary>
    public Entity Holder { get; init; }

    /// <summary>The <c>holds-office</c> relation: role, time, citations.</summary>
    public Relation Office { get; init; }

    /// <summary>
    /// True when the term certainly covers the whole time asked about (its start is certainly before, its end certainly after);
    /// false when the holder only possibly held the office then — a term of unknown or vague time, or one overlapping only in part.
    /// </summary>
    public bool Certainly { get; init; }

    /// <summary>One line: <c>Ishaq Dar: Foreign Minister, 2025 (inferred), possibly</c>.</summary>
    public override string ToString() => $"{Holder.Name}: {Office.Role}, {Office.Time}, {(Certainly ? "certainly" : "possibly")}";
}
