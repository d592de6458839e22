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
        .. NotebookFormatter.Both<Entity>(EntityView.WriteHtml, EntityView.WriteText),
        .. NotebookFormatter.Both<Relation>(RelationView.WriteHtml, RelationView.WriteText),
        .. NotebookFormatter.Both<DiplomaticGraph>(GraphView.WriteHtml, GraphView.WriteText),
        .. NotebookFormatter.Both<HistoryTable>(HistoryView.WriteHtml, HistoryView.WriteText),
        .. NotebookFormatter.Both<GraphPath>(PathView.WriteHtml, PathView.WriteText),
        .. NotebookFormatter.Both<TemporalPath>(PathView.WriteHtml, PathView.WriteText),
        .. NotebookFormatter.Both<ContradictionTable>(ContradictionView.WriteHtml, ContradictionView.WriteText),
        .. NotebookFormatter.Both<SvgImage>((svg, writer) => writer.Write(svg.Markup), (svg, writer) => writer.Write($"[SVG {svg.Width}×{svg.Height}] {svg.Title}")),
        new NotebookFormatter(MimeTypes.Svg, typeof(SvgImage), (svg, writer) => writer.Write(((SvgImage)svg).Markup)),
    ];
}
