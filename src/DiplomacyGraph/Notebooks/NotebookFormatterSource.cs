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
        .. NotebookFormatter.Both<Entity>((e, w) => EntityHtml.WriteHtml(e, null, w), (e, w) => EntityHtml.WriteText(e, null, w)),
        .. NotebookFormatter.Both<EntityCard>((c, w) => EntityHtml.WriteHtml(c.Entity, c.Graph, w), (c, w) => EntityHtml.WriteText(c.Entity, c.Graph, w)),
        .. NotebookFormatter.Both<Relation>((r, w) => RelationHtml.WriteHtml(r, null, w), (r, w) => RelationHtml.WriteText(r, null, w)),
        .. NotebookFormatter.Both<RelationCard>((c, w) => RelationHtml.WriteHtml(c.Relation, c.Graph, w), (c, w) => RelationHtml.WriteText(c.Relation, c.Graph, w)),
        .. NotebookFormatter.Both<DiplomaticGraph>(GraphHtml.WriteHtml, GraphHtml.WriteText),
        .. NotebookFormatter.Both<HistoryTable>(HistoryHtml.WriteHtml, HistoryHtml.WriteText),
        .. NotebookFormatter.Both<GraphPath>(PathHtml.WriteHtml, PathHtml.WriteText),
        .. NotebookFormatter.Both<TemporalPath>(PathHtml.WriteHtml, PathHtml.WriteText),
        .. NotebookFormatter.Both<StatementTable>(StatementHtml.WriteHtml, StatementHtml.WriteText),
        .. NotebookFormatter.Both<ContradictionTable>(ContradictionHtml.WriteHtml, ContradictionHtml.WriteText),
        .. NotebookFormatter.Both<SvgImage>((svg, writer) => writer.Write(svg.Markup), (svg, writer) => writer.Write($"{svg.Description} — {svg.Title}")),
        new NotebookFormatter(MimeTypes.Svg, typeof(SvgImage), (svg, writer) => writer.Write(((SvgImage)svg).Markup)),
    ];
}
