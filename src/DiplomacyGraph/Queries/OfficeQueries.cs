using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Who held an office when.</summary>
public static class OfficeQueries
{
    /// <summary>Everyone who possibly held <paramref name="role"/> in a country or organization on <paramref name="date"/>; see the <see cref="DateRange"/> overload.</summary>
    /// <exception cref="EntityResolutionException">It is neither an id nor a name that resolves to one entity (ids and names both work).</exception>
    /// <example><code>graph.OfficeHolders("pakistan-foreign-office", "spokesperson", new DateOnly(2025, 4, 1));</code></example>
    public static ImmutableArray<OfficeHolder> OfficeHolders(this DiplomaticGraph graph, string organization, string role, DateOnly date) =>
        OfficeHolders(graph, organization, role, DateRange.On(FuzzyDate.OfDay(date)));

    /// <summary>
    /// Everyone who possibly held <paramref name="role"/> in a country or organization at some time during <paramref name="when"/>
    /// (a day, a month, a year, any range): its <c>holds-office</c> relations whose role is the same office once
    /// normalisation has spelled out abbreviations and dropped <c>acting</c>/<c>interim</c> qualifiers
    /// ("Foreign Minister" finds the acting Foreign Minister; "Deputy PM" the Deputy Prime Minister), and whose time is not
    /// certainly before or after <paramref name="when"/> (a term of <c>2025</c> or of <c>unknown</c> time counts, marked
    /// <see cref="OfficeHolder.Certainly"/> false). Denied offices are left out. In time order, undated terms last.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="organization">The id of the country or organization.</param>
    /// <param name="role">The office, such as <c>spokesperson</c>, <c>FM</c> or <c>Foreign Minister</c>.</param>
    /// <param name="when">The time asked about.</param>
    /// <exception cref="EntityResolutionException">It is neither an id nor a name that resolves to one entity (ids and names both work).</exception>
    /// <example><code>graph.OfficeHolders("afghanistan", "Foreign Minister", DateRange.Parse("2025"));</code></example>
    public static ImmutableArray<OfficeHolder> OfficeHolders(this DiplomaticGraph graph, string organization, string role, DateRange when)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(role);
        var body = QueryInput.Entity(graph, organization);
        var office = OfficeName.Normalize(role);
        return
        [
            .. Offices(graph, body.Id)
                .Where(r => OfficeName.Normalize(r.Role!) == office && r.Time.Overlaps(when))
                .OrderBy(r => r.Time.IsUnknown).ThenBy(r => r.Time.Earliest)
                .Select(r => new OfficeHolder(graph.GetEntity(r.From), r) { Certainly = Covers(r.Time, when) }),
        ];
    }

    /// <summary>The offices of a country or organization, by name as first written, each once (for "valid roles" messages).</summary>
    /// <exception cref="EntityResolutionException">It is neither an id nor a name that resolves to one entity (ids and names both work).</exception>
    public static ImmutableArray<string> OfficeNames(this DiplomaticGraph graph, string organization)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return [.. Offices(graph, QueryInput.Entity(graph, organization).Id).GroupBy(r => OfficeName.Normalize(r.Role!)).Select(g => g.First().Role!)];
    }

    private static IEnumerable<Relation> Offices(DiplomaticGraph graph, string body) =>
        graph.RelationsOf(body).Where(r => r.Is(BuiltInRelationTypes.HoldsOffice) && r.To == body && r.Assertion != Assertion.Denied && r.Role is not null);

    /// <summary>The term certainly began by the start of <paramref name="when"/> and certainly lasted to its end.</summary>
    private static bool Covers(DateRange term, DateRange when) =>
        term is { Start: { } start, End: { } end } && !start.Exclusive && !end.Exclusive
        && start.Date.Latest <= when.Earliest && end.Date.Earliest >= when.Latest;
}
