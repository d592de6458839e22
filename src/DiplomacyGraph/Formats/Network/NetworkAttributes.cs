using System.Collections.Immutable;
using System.Globalization;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Network;

/// <summary>
/// The columns of the GraphML and GEXF exports, in the order they are declared (docs/formats.md). The
/// <c>label</c> is written apart, because GEXF carries it as an XML attribute rather than a column.
/// </summary>
internal static class NetworkAttributes
{
    public const string Label = "label";
    public const string Kind = "kind";
    public const string Aliases = "aliases";
    public const string Attributes = "attributes";
    public const string Sources = "sources";
    public const string Quotes = "quotes";
    public const string Date = "date";
    public const string Start = "start";
    public const string End = "end";
    public const string StartDay = "start_day";
    public const string EndDay = "end_day";
    public const string Status = "status";
    public const string StatusReports = "status_reports";
    public const string Topics = "topics";
    public const string Place = "place";
    public const string Relation = "relation";
    public const string RelationIds = "relation_ids";
    public const string Role = "role";
    public const string Assertion = "assertion";
    public const string ClaimedBy = "claimed_by";
    public const string Meeting = "meeting";
    public const string Weight = "weight";

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    public static ImmutableArray<NetworkAttribute<NetworkNode>> Node { get; } =
    [
        Text<NetworkNode>(Kind, n => n.Entity.Kind.ToString()),
        Text<NetworkNode>(Aliases, n => List(n.Entity.Aliases)),
        Text<NetworkNode>(Attributes, n => List(n.Entity.Attributes.Select(a => ListText.Pair(a.Key, a.Value)))),
        Text<NetworkNode>(Sources, n => List(n.Entity.Citations.Select(c => c.SourceId))),
        Text<NetworkNode>(Quotes, n => List(n.Entity.Citations.Select(c => c.Quote))),
        Text<NetworkNode>(Date, n => n.Entity.Meeting?.Time.ToString()),
        Text<NetworkNode>(Start, n => Iso(n.Start)),
        Text<NetworkNode>(End, n => Iso(n.End)),
        new(StartDay, NetworkValueType.Long, n => Days(n.Start)),
        new(EndDay, NetworkValueType.Long, n => Days(n.End)),
        Text<NetworkNode>(Status, n => n.Entity.Meeting is { Statuses.IsEmpty: false } m ? m.Status.ToString() : null),
        Text<NetworkNode>(StatusReports, n => n.Entity.Meeting is { } m ? List(m.Statuses.Select(StatusReport)) : null),
        Text<NetworkNode>(Topics, n => n.Entity.Meeting is { } m ? List(m.Topics) : null),
        Text<NetworkNode>(Place, n => List(n.Places)),
    ];

    public static ImmutableArray<NetworkAttribute<NetworkEdge>> Edge { get; } =
    [
        Text<NetworkEdge>(Relation, e => List(e.Types)),
        Text<NetworkEdge>(RelationIds, e => List(e.Facts.Select(f => f.Id))),
        Text<NetworkEdge>(Role, e => Distinct(e, f => f.Role)),
        Text<NetworkEdge>(Assertion, e => Distinct(e, f => f.Assertion.ToString())),
        Text<NetworkEdge>(ClaimedBy, e => Distinct(e, f => f.ClaimedBy)),
        Text<NetworkEdge>(Date, e => Distinct(e, f => f.Time.ToString())),
        Text<NetworkEdge>(Start, e => Iso(e.Start)),
        Text<NetworkEdge>(End, e => Iso(e.End)),
        new(StartDay, NetworkValueType.Long, e => Days(e.Start)),
        new(EndDay, NetworkValueType.Long, e => Days(e.End)),
        Text<NetworkEdge>(Sources, e => List(e.Citations.Select(c => c.SourceId))),
        Text<NetworkEdge>(Quotes, e => List(e.Citations.Select(c => c.Quote))),
        Text<NetworkEdge>(Meeting, e => Distinct(e, f => f.Meeting)),
    ];

    /// <summary>A day as written in the exports: <c>2025-03-22</c>.</summary>
    public static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Days(DateOnly? day) =>
        day is { } d ? (d.DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture) : null;

    private static string StatusReport(StatusReport report) =>
        ListText.Join([report.Status.ToString(), .. report.Citations.SelectMany(c => new[] { c.SourceId, c.Quote })]);

    private static string? Distinct(NetworkEdge edge, Func<NetworkFact, string?> value) =>
        List(edge.Facts.Select(value).OfType<string>().Distinct(StringComparer.Ordinal));

    private static string? List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : ListText.Join(list);
    }

    private static NetworkAttribute<T> Text<T>(string name, Func<T, string?> value) => new(name, NetworkValueType.String, value);
}
