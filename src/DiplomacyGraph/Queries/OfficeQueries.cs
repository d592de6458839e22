using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Who held an office when.</summary>
public static class OfficeQueries
{
    /// <summary>
    /// Everyone who possibly held <paramref name="role"/> in a country or organization on <paramref name="date"/>: its
    /// <c>holds-office</c> relations whose role has the same <see cref="NameKey"/> (case-, accent- and punctuation-insensitive)
    /// and whose time is not certainly before or after the date (an office of <c>2025</c> or <c>unknown</c> time counts).
    /// Denied offices are left out. In time order.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="organization">The id of the country or organization.</param>
    /// <param name="role">The office, such as <c>spokesperson</c> or <c>Foreign Minister</c>.</param>
    /// <param name="date">The day asked about.</param>
    /// <exception cref="KeyNotFoundException">The id names no entity.</exception>
    /// <example><code>graph.OfficeHolders("pakistan-foreign-office", "spokesperson", new DateOnly(2025, 4, 1));</code></example>
    public static ImmutableArray<OfficeHolder> OfficeHolders(this DiplomaticGraph graph, string organization, string role, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(role);
        var body = graph.GetEntity(organization);
        var key = NameKey.Normalize(role);
        return
        [
            .. graph.RelationsOf(body.Id)
                .Where(r => r.Is(RelationTypes.HoldsOffice) && r.To == body.Id && r.Assertion != Assertion.Denied
                    && r.Role is not null && NameKey.Normalize(r.Role) == key && r.Time.CompareTo(date) == TemporalOrder.Overlaps)
                .Select(r => new OfficeHolder(graph.GetEntity(r.From), r)),
        ];
    }
}
