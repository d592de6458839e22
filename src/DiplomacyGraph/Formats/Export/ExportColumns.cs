using System.Collections.Immutable;
using System.Globalization;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Export;

/// <summary>
/// The columns of the GraphML and GEXF exports, in the order they are declared (docs/formats.md). The
/// <c>label</c> is written apart, because GEXF carries it as an XML attribute rather than a column.
/// </summary>
internal static class ExportColumns
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

    public static ImmutableArray<ExportColumn<ExportNode>> Node { get; } =
    [
        Text<ExportNode>(Kind, n => n.Entity.Kind.ToString()),
        Text<ExportNode>(Aliases, n => List(n.Entity.Aliases)),
        Text<ExportNode>(Attributes, n => List(n.Entity.Attributes.Select(a => ListEncoding.Pair(a.Key, a.Value)))),
        Text<ExportNode>(Sources, n => List(n.Entity.Citations.Select(c => c.SourceId))),
        Text<ExportNode>(Quotes, n => List(n.Entity.Citations.Select(QuoteOf))),
        Text<ExportNode>(Records, n => RecordsOf(n.Entity.Citations)),
        Text<ExportNode>(Basis, n => BasisOf(n.Entity.Basis)),
        Text<ExportNode>(Note, n => n.Entity.Note),
        Text<ExportNode>(Act, n => n.Entity.Statement?.Act.ToString().ToLowerInvariant()),
        Text<ExportNode>(Speech, n => n.Entity.Statement?.Speech.ToString().ToLowerInvariant()),
        Text<ExportNode>(Date, n => n.IsDated ? n.Entity.Time.ToString() : null),
        Text<ExportNode>(Start, n => Iso(n.Start)),
        Text<ExportNode>(End, n => Iso(n.End)),
        new(StartDay, ExportValueType.Long, n => Days(n.Start)),
        new(EndDay, ExportValueType.Long, n => Days(n.End)),
        Text<ExportNode>(Status, n => n.Entity.Meeting is { Statuses.IsEmpty: false } m ? m.Status.ToString() : null),
        Text<ExportNode>(StatusReports, n => n.Entity.Meeting is { } m ? List(m.Statuses.Select(StatusReport)) : null),
        Text<ExportNode>(Topics, n => n.Entity.Meeting is { } m ? List(m.Topics) : n.Entity.Statement is { } s ? List(s.Topics) : null),
        Text<ExportNode>(Place, n => List(n.Places)),
    ];

    public static ImmutableArray<ExportColumn<ExportEdge>> Edge { get; } =
    [
        Text<ExportEdge>(Relation, e => List(e.Types)),
        Text<ExportEdge>(RelationIds, e => List(e.Facts.Select(f => f.Id))),
        Text<ExportEdge>(Role, e => Distinct(e, f => f.Role)),
        Text<ExportEdge>(Assertion, e => Distinct(e, f => f.Assertion.ToString())),
        Text<ExportEdge>(ClaimedBy, e => Distinct(e, f => f.ClaimedBy)),
        Text<ExportEdge>(Date, e => Distinct(e, f => f.Time.ToString())),
        Text<ExportEdge>(Start, e => Iso(e.Start)),
        Text<ExportEdge>(End, e => Iso(e.End)),
        new(StartDay, ExportValueType.Long, e => Days(e.Start)),
        new(EndDay, ExportValueType.Long, e => Days(e.End)),
        Text<ExportEdge>(Sources, e => List(e.Citations.Select(c => c.SourceId))),
        Text<ExportEdge>(Quotes, e => List(e.Citations.Select(QuoteOf))),
        Text<ExportEdge>(Records, e => RecordsOf(e.Citations)),
        Text<ExportEdge>(Meeting, e => Distinct(e, f => f.Meeting)),
        Text<ExportEdge>(Attributes, e => List(e.Facts.SelectMany(f => f.Attributes).Select(a => ListEncoding.Pair(a.Key, a.Value)).Distinct(StringComparer.Ordinal))),
        Text<ExportEdge>(Basis, e => Distinct(e, f => BasisOf(f.Basis))),
        Text<ExportEdge>(Note, e => Distinct(e, f => f.Note)),
    ];

    /// <summary>A day as written in the exports: <c>2025-03-22</c>.</summary>
    public static string? Iso(DateOnly? day) => day is { } d ? IsoDay.Format(d) : null;

    private static string? Days(DateOnly? day) =>
        day is { } d ? (d.DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture) : null;

    private static string StatusReport(StatusReport report) =>
        ListEncoding.Join([report.Status.ToString(), .. report.Citations.SelectMany(c => new[] { c.SourceId, QuoteOf(c) })]);

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
            ? ListEncoding.Join(list.Select(c => c is RecordCitation r ? ListEncoding.Pair(r.Dataset, r.Record) : string.Empty))
            : null;
    }

    /// <summary>The basis as written in the exports: <c>inferred</c>, or nothing for stated.</summary>
    private static string? BasisOf(Basis basis) => basis == Model.Basis.Inferred ? "inferred" : null;

    private static string? Distinct(ExportEdge edge, Func<ExportFact, string?> value) =>
        List(edge.Facts.Select(value).OfType<string>().Distinct(StringComparer.Ordinal));

    private static string? List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : ListEncoding.Join(list);
    }

    private static ExportColumn<T> Text<T>(string name, Func<T, string?> value) => new(name, ExportValueType.String, value);
}
