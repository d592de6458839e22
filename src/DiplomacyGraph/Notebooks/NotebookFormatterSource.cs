using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// The formatter source named by <c>[TypeFormatterSource]</c> on the displayed types: a notebook creates it
/// and asks it for formatters by convention (<c>CreateTypeFormatters()</c>), so the package needs no
/// reference to the notebook kernel.
/// </summary>
internal sealed class NotebookFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        .. NotebookFormatter.Both<Entity>((e, w) => EntityHtml.WriteHtml(e, null, w), (e, w) => PlainText.Write(e, null, w)),
        .. NotebookFormatter.Both<EntityCard>((c, w) => EntityHtml.WriteHtml(c.Entity, c.Graph, w), (c, w) => PlainText.Write(c.Entity, c.Graph, w)),
        .. NotebookFormatter.Both<Relation>((r, w) => RelationHtml.WriteHtml(r, null, w), (r, w) => PlainText.Write(r, null, w)),
        .. NotebookFormatter.Both<RelationCard>((c, w) => RelationHtml.WriteHtml(c.Relation, c.Graph, w), (c, w) => PlainText.Write(c.Relation, c.Graph, w)),
        .. NotebookFormatter.Both<DiplomaticGraph>(GraphHtml.WriteHtml, PlainText.Write),
        .. NotebookFormatter.Both<HistoryTable>(HistoryHtml.WriteHtml, PlainText.Write),
        .. NotebookFormatter.Both<GraphPath>(PathHtml.WriteHtml, PlainText.Write),
        .. NotebookFormatter.Both<TimeRespectingPath>(PathHtml.WriteHtml, PlainText.Write),
        .. NotebookFormatter.Both<StatementTable>(StatementHtml.WriteHtml, PlainText.Write),
        .. NotebookFormatter.Both<ContradictionTable>(ContradictionHtml.WriteHtml, PlainText.Write),
        .. NotebookFormatter.Both<SvgImage>((svg, writer) => writer.Write(svg.Markup), (svg, writer) => writer.Write($"{svg.Description} — {svg.Title}")),
        new NotebookFormatter(MimeTypes.Svg, typeof(SvgImage), (svg, writer) => writer.Write(((SvgImage)svg).Markup)),
    ];
}
