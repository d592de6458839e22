using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// A <see cref="QueryFilter"/> compiled against a graph's <see cref="StepAdjacency"/>, so a search checks a step with array
/// lookups: an assertion bit mask (never <see cref="Assertion.Denied"/>), a table of allowed type numbers, a window as day
/// numbers, a table of kinds that may be passed through, and the direction.
/// </summary>
internal sealed class StepFilter
{
    private readonly StepAdjacency adjacency;
    private readonly int assertionMask;
    private readonly bool[]? types;
    private readonly bool[]? through;
    private readonly bool hasWindow;
    private readonly bool certainly;
    private readonly int windowEarliest;
    private readonly int windowLatest;

    public StepFilter(StepAdjacency adjacency, QueryFilter filter)
    {
        this.adjacency = adjacency;
        Directed = filter.Directed;
        foreach (var assertion in filter.Assertions ?? QueryFilter.StatedOnly)
        {
            if (assertion != Assertion.Denied)
            {
                assertionMask |= 1 << (int)assertion;
            }
        }

        if (filter.OnlyTypes is { } wanted)
        {
            types = new bool[adjacency.TypeNumbers.Count];
            foreach (var (name, number) in adjacency.TypeNumbers)
            {
                types[number] = wanted.Contains(name);
            }
        }

        if (filter.AvoidKinds is not null || filter.ThroughKinds is not null)
        {
            var kinds = Enum.GetValues<EntityKind>();
            through = new bool[kinds.Max(k => (int)k) + 1];
            foreach (var kind in kinds)
            {
                through[(int)kind] = filter.AllowsThrough(kind);
            }
        }

        if (filter.Window is { } window)
        {
            hasWindow = true;
            certainly = filter.WindowMatch == WindowMatch.Certainly;
            windowEarliest = window.Earliest.DayNumber;
            windowLatest = window.Latest.DayNumber;
        }
    }

    /// <summary>Follow relations only forward (backward, for a search from the end).</summary>
    public bool Directed { get; }

    /// <summary>True when a relation (by position) may be walked: assertion, type and window.</summary>
    public bool AllowsRelation(int relation)
    {
        if (((assertionMask >> adjacency.Assertion[relation]) & 1) == 0 || (types is not null && !types[adjacency.TypeOf[relation]]))
        {
            return false;
        }

        if (!hasWindow)
        {
            return true;
        }

        var (earliest, latest) = (adjacency.Earliest[relation], adjacency.Latest[relation]);
        return certainly
            ? earliest >= windowEarliest && latest <= windowLatest
            : earliest <= windowLatest && latest >= windowEarliest;
    }

    /// <summary>True when a path may pass through the entity (by position) as neither end.</summary>
    public bool AllowsThrough(int entity) => through is null || through[adjacency.Kind[entity]];

    /// <summary>
    /// True when the slot may be walked: from its entity to the other end when <paramref name="forward"/> (a search from the start),
    /// from the other end to its entity otherwise (a search from the end, over incoming relations when directed).
    /// </summary>
    public bool AllowsSlot(int slot, bool forward) =>
        (!Directed || adjacency.Outgoing[slot] == forward) && AllowsRelation(adjacency.RelationOf[slot]);
}
