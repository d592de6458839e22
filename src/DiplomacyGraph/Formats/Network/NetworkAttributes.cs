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
    public const string Records = "records";
    public const string Act = "act";
    public const string Speech = "speech";
    public const string Basis = "basis";
    public const string Note = "note";

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    public static ImmutableArray<NetworkAttribute<NetworkNode>> Node { get; } =
    [
        Text<NetworkNode>(Kind, n => n.Entity.Kind.ToString()),
        Text<NetworkNode>(Aliases, n => List(n.Entity.Aliases)),
        Text<NetworkNode>(Attributes, n => List(n.Entity.Attributes.Select(a => ListText.Pair(a.Key, a.Value)))),
        Text<NetworkNode>(Sources, n => List(n.Entity.Citations.Select(c => c.SourceId))),
        Text<NetworkNode>(Quotes, n => List(n.Entity.Citations.Select(QuoteOf))),
        Text<NetworkNode>(Records, n => RecordsOf(n.Entity.Citations)),
        Text<NetworkNode>(Basis, n => BasisOf(n.Entity.Basis)),
        Text<NetworkNode>(Note, n => n.Entity.Note),
        Text<NetworkNode>(Act, n => n.Entity.Statement?.Act.ToString().ToLowerInvariant()),
        Text<NetworkNode>(Speech, n => n.Entity.Statement?.Speech.ToString().ToLowerInvariant()),
        Text<NetworkNode>(Date, n => n.IsDated ? n.Entity.Time.ToString() : null),
        Text<NetworkNode>(Start, n => Iso(n.Start)),
        Text<NetworkNode>(End, n => Iso(n.End)),
        new(StartDay, NetworkValueType.Long, n => Days(n.Start)),
        new(EndDay, NetworkValueType.Long, n => Days(n.End)),
        Text<NetworkNode>(Status, n => n.Entity.Meeting is { Statuses.IsEmpty: false } m ? m.Status.ToString() : null),
        Text<NetworkNode>(StatusReports, n => n.Entity.Meeting is { } m ? List(m.Statuses.Select(StatusReport)) : null),
        Text<NetworkNode>(Topics, n => n.Entity.Meeting is { } m ? List(m.Topics) : n.Entity.Statement is { } s ? List(s.Topics) : null),
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
        Text<NetworkEdge>(Quotes, e => List(e.Citations.Select(QuoteOf))),
        Text<NetworkEdge>(Records, e => RecordsOf(e.Citations)),
        Text<NetworkEdge>(Meeting, e => Distinct(e, f => f.Meeting)),
        Text<NetworkEdge>(Attributes, e => List(e.Facts.SelectMany(f => f.Attributes).Select(a => ListText.Pair(a.Key, a.Value)).Distinct(StringComparer.Ordinal))),
        Text<NetworkEdge>(Basis, e => Distinct(e, f => BasisOf(f.Basis))),
        Text<NetworkEdge>(Note, e => Distinct(e, f => f.Note)),
    ];

    /// <summary>A day as written in the exports: <c>2025-03-22</c>.</summary>
    public static string? Iso(DateOnly? day) => day is { } d ? IsoDay.Format(d) : null;

    private static string? Days(DateOnly? day) =>
        day is { } d ? (d.DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture) : null;

    private static string StatusReport(StatusReport report) =>
        ListText.Join([report.Status.ToString(), .. report.Citations.SelectMany(c => new[] { c.SourceId, QuoteOf(c) })]);

    /// <summary>A quote citation's words; a record citation has none (an empty item, never a made-up quote).</summary>
    private static string QuoteOf(Citation citation) => citation is QuoteCitation q ? q.Quote : string.Empty;

    /// <summary>
    /// One item per citation, parallel to <see cref="Sources"/>: <c>dataset=record</c> for a record citation, empty for a
    /// quote; the column is left out when every citation is a quote.
    /// </summary>
    private static string? RecordsOf(IEnumerable<Citation> citations)
    {
        var list = citations.ToList();
        return list.Any(c => c is RecordCitation)
            ? ListText.Join(list.Select(c => c is RecordCitation r ? ListText.Pair(r.Dataset, r.Record) : string.Empty))
            : null;
    }

    /// <summary>The basis as written in the exports: <c>inferred</c>, or nothing for stated.</summary>
    private static string? BasisOf(Basis basis) => basis == Model.Basis.Inferred ? "inferred" : null;

    private static string? Distinct(NetworkEdge edge, Func<NetworkFact, string?> value) =>
        List(edge.Facts.Select(value).OfType<string>().Distinct(StringComparer.Ordinal));

    private static string? List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : ListText.Join(list);
    }

    private static NetworkAttribute<T> Text<T>(string name, Func<T, string?> value) => new(name, NetworkValueType.String, value);
}
