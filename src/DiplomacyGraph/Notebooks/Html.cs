using System.Collections.Immutable;
using System.Net;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>The pieces every HTML renderer (<c>*Html</c>) is made of; all text goes through <see cref="Escape"/>.</summary>
internal static class Html
{
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static void BeginTable(TextWriter writer, string cssClass, string caption, params string[] headers)
    {
        writer.Write($"<table class=\"dg-{cssClass}\"><caption style=\"text-align:left;font-weight:bold\">{Escape(caption)}</caption>");
        if (headers.Length > 0)
        {
            writer.Write("<thead><tr>");
            foreach (var header in headers)
            {
                writer.Write($"<th style=\"text-align:left\">{Escape(header)}</th>");
            }

            writer.Write("</tr></thead>");
        }

        writer.Write("<tbody>");
    }

    public static void EndTable(TextWriter writer) => writer.Write("</tbody></table>");

    /// <summary>A row of already-escaped cells.</summary>
    public static void Row(TextWriter writer, params string[] cells)
    {
        writer.Write("<tr>");
        foreach (var cell in cells)
        {
            writer.Write($"<td style=\"text-align:left;vertical-align:top\">{cell}</td>");
        }

        writer.Write("</tr>");
    }

    /// <summary>A row of already-escaped cells, each labelled with its column's header (a narrow page shows the label beside the value).</summary>
    public static void LabelledRow(TextWriter writer, IReadOnlyList<string> headers, params string[] cells)
    {
        writer.Write("<tr>");
        for (var i = 0; i < cells.Length; i++)
        {
            writer.Write($"<td data-label=\"{Escape(i < headers.Count ? headers[i] : "")}\" style=\"text-align:left;vertical-align:top\">{cells[i]}</td>");
        }

        writer.Write("</tr>");
    }

    /// <summary>A date cell: the range's text form (as fuzzy as the sources put it), kept on one line.</summary>
    public static string Date(DateRange time) => $"<span class=\"dg-date\" style=\"white-space:nowrap\">{Escape(time.ToString())}</span>";

    /// <summary>Each citation (resolved through <paramref name="notes"/>) as its quote and the footnote of its source.</summary>
    public static string Citations(ImmutableArray<Citation> citations, Footnotes notes) => Citations(citations.Select(notes.Resolve), notes);

    /// <summary>Each quote once (<see cref="QuoteText.Distinct"/>), in quotation marks once, followed by the footnote numbers of its sources.</summary>
    public static string Citations(IEnumerable<ResolvedCitation> citations, Footnotes notes) =>
        string.Concat(QuoteText.Distinct(citations).Select(q =>
            $"<div class=\"dg-quote\">{Escape(q.Shown)}{string.Concat(q.Sources.Select(c => notes.HtmlMarker(c.SourceId, c.SourceTitle)))}</div>"));

    /// <summary>An entity by name, or the bare id when the graph is not known.</summary>
    public static string EntityName(string id, DiplomaticGraph? graph) =>
        graph is not null && graph.TryGetEntity(id, out var entity) ? entity.Name : id;
}
