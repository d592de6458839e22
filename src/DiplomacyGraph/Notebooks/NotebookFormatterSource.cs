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
        .. NotebookFormatter.Both<Entity>((e, w) => EntityView.WriteHtml(e, null, w), (e, w) => EntityView.WriteText(e, null, w)),
        .. NotebookFormatter.Both<EntityCard>((c, w) => EntityView.WriteHtml(c.Entity, c.Graph, w), (c, w) => EntityView.WriteText(c.Entity, c.Graph, w)),
        .. NotebookFormatter.Both<Relation>((r, w) => RelationView.WriteHtml(r, null, w), (r, w) => RelationView.WriteText(r, null, w)),
        .. NotebookFormatter.Both<RelationCard>((c, w) => RelationView.WriteHtml(c.Relation, c.Graph, w), (c, w) => RelationView.WriteText(c.Relation, c.Graph, w)),
        .. NotebookFormatter.Both<DiplomaticGraph>(GraphView.WriteHtml, GraphView.WriteText),
        .. NotebookFormatter.Both<HistoryTable>(HistoryView.WriteHtml, HistoryView.WriteText),
        .. NotebookFormatter.Both<GraphPath>(PathView.WriteHtml, PathView.WriteText),
        .. NotebookFormatter.Both<TimeRespectingPath>(PathView.WriteHtml, PathView.WriteText),
        .. NotebookFormatter.Both<StatementTable>(StatementView.WriteHtml, StatementView.WriteText),
        .. NotebookFormatter.Both<ContradictionTable>(ContradictionView.WriteHtml, ContradictionView.WriteText),
        .. NotebookFormatter.Both<SvgImage>((svg, writer) => writer.Write(svg.Markup), (svg, writer) => writer.Write($"{svg.Description} — {svg.Title}")),
        new NotebookFormatter(MimeTypes.Svg, typeof(SvgImage), (svg, writer) => writer.Write(((SvgImage)svg).Markup)),
    ];
}
