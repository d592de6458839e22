using System.Collections.Immutable;
using System.Net;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>The pieces every HTML view is made of; all text goes through <see cref="Escape"/>.</summary>
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

    /// <summary>A date cell: the range's text form, kept on one line.</summary>
    public static string Date(DateRange time) => $"<span style=\"white-space:nowrap\">{Escape(time.ToString())}</span>";

    /// <summary>Each citation as its quote and the title of the source it is from.</summary>
    public static string Citations(ImmutableArray<Citation> citations, DiplomaticGraph? graph) =>
        Citations(citations.Select(c => Sourced(c, graph)));

    /// <summary>Each citation (already resolved to its source's title) as its quote and that title.</summary>
    public static string Citations(IEnumerable<DiplomacyGraph.Queries.SourcedCitation> citations) =>
        string.Concat(citations.Select(c => $"<div>{Evidence(c.Citation)} — <cite>{Title(c)}</cite></div>"));

    /// <summary>A citation resolved in the graph when it is known; otherwise titled by its source id.</summary>
    public static DiplomacyGraph.Queries.SourcedCitation Sourced(Citation citation, DiplomaticGraph? graph) =>
        graph is not null && graph.TryGetSource(citation.SourceId, out var source)
            ? new(citation, source.Title, source.Url)
            : new(citation, citation.SourceId);

    /// <summary>A quote as <c>&lt;q&gt;</c>; a record as its dataset and id.</summary>
    public static string Evidence(Citation citation) => citation switch
    {
        QuoteCitation q => $"<q>{Escape(q.Quote)}</q>",
        RecordCitation r => $"<span>{Escape(r.Dataset)} record {Escape(r.Record)}</span>",
        _ => Escape(citation.ToString()),
    };

    /// <summary>A source's title, linked to its address when it has one.</summary>
    private static string Title(DiplomacyGraph.Queries.SourcedCitation c) =>
        c.SourceUrl is { } url ? $"<a href=\"{Escape(url)}\">{Escape(c.SourceTitle)}</a>" : Escape(c.SourceTitle);

    /// <summary>The cited source's title, or its id when the citation's graph is not known.</summary>
    public static string SourceTitle(Citation citation, DiplomaticGraph? graph) =>
        graph is not null && graph.TryGetSource(citation.SourceId, out var source) ? source.Title : citation.SourceId;

    /// <summary>An entity by name (and id), or the bare id when the graph is not known.</summary>
    public static string EntityName(string id, DiplomaticGraph? graph) =>
        graph is not null && graph.TryGetEntity(id, out var entity) ? entity.Name : id;
}
