using System.Text;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// The sources of one output as numbered footnotes: a source gets its number where it is first cited, each
/// citation shows the number, and the output ends with one list of the sources (title, outlet, author, date).
/// </summary>
/// <param name="graph">The graph the sources belong to; without it a source is known only by its id and title.</param>
/// <param name="anchors">When set (a page), markers link to the list entries, whose ids start with this prefix.</param>
internal sealed class Footnotes(DiplomaticGraph? graph, string? anchors = null)
{
    /// <summary>The graph the cited sources (and named entities) come from, when given.</summary>
    public DiplomaticGraph? Graph => graph;

    private readonly List<(string Id, string Title)> order = [];
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    public int Count => order.Count;

    /// <summary>The number of a source, given on first use.</summary>
    public int Number(string sourceId, string? title = null)
    {
        if (!numbers.TryGetValue(sourceId, out var number))
        {
            order.Add((sourceId, title ?? sourceId));
            number = numbers[sourceId] = order.Count;
        }

        return number;
    }

    /// <summary>Numbers every source of the graph in its own order (a page listing all of them).</summary>
    public void NumberAll(IEnumerable<Source> sources)
    {
        foreach (var source in sources)
        {
            Number(source.Id, source.Title);
        }
    }

    /// <summary>Writes a table whose citations are numbered in new footnotes, then the list of its sources.</summary>
    /// <param name="graph">The graph the sources belong to.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="table">Writes the table, numbering its citations in the footnotes it is given.</param>
    public static void WriteWithSources(DiplomaticGraph? graph, TextWriter writer, Action<Footnotes> table)
    {
        var notes = new Footnotes(graph);
        table(notes);
        notes.WriteHtml(writer);
    }

    /// <summary>The HTML marker of a citation: <c>[n]</c> as a superscript, a link on a page.</summary>
    public string HtmlMarker(string sourceId, string? title = null)
    {
        var n = Number(sourceId, title);
        return anchors is null
            ? $"<sup class=\"dg-ref\">[{n}]</sup>"
            : $"<sup class=\"dg-ref\"><a href=\"#{anchors}{n}\">[{n}]</a></sup>";
    }

    /// <summary>The text marker of a citation: <c>[n]</c>.</summary>
    public string TextMarker(string sourceId, string? title = null) => $"[{Number(sourceId, title)}]";

    /// <summary>The list of sources cited so far, as an ordered list (nothing when none was cited).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="heading">The list's heading; none when null (a page section has its own).</param>
    public void WriteHtml(TextWriter writer, string? heading = "Sources")
    {
        if (order.Count == 0)
        {
            return;
        }

        writer.Write("<div class=\"dg-sources\">");
        if (heading is not null)
        {
            writer.Write($"<p class=\"dg-sources-heading\"><strong>{Html.Escape(heading)}</strong></p>");
        }

        writer.Write("<ol>");
        for (var i = 0; i < order.Count; i++)
        {
            var id = anchors is null ? "" : $" id=\"{anchors}{i + 1}\"";
            writer.Write($"<li{id}>{Describe(order[i].Id, order[i].Title, html: true)}</li>");
        }

        writer.Write("</ol></div>");
    }

    /// <summary>The list of sources cited so far, one line each (nothing when none was cited).</summary>
    public void WriteText(TextWriter writer, string heading = "Sources")
    {
        if (order.Count == 0)
        {
            return;
        }

        writer.WriteLine($"{heading}:");
        for (var i = 0; i < order.Count; i++)
        {
            writer.WriteLine($"  [{i + 1}] {Describe(order[i].Id, order[i].Title, html: false)}");
        }
    }

    /// <summary>Title, then outlet, author and publication date as far as the source names them.</summary>
    private string Describe(string id, string title, bool html)
    {
        if (graph is null || !graph.TryGetSource(id, out var source))
        {
            return html ? $"<cite>{Html.Escape(title)}</cite>" : title;
        }

        var details = new List<string>();
        if (source.Outlet is { } outlet)
        {
            details.Add(outlet);
        }

        if (source.Author is { } author)
        {
            details.Add(author);
        }

        details.Add(source.Published.IsUnknown ? "publication date unknown" : $"published {source.Published}");
        if (!source.Retrieved.IsUnknown)
        {
            details.Add($"retrieved {source.Retrieved}");
        }

        if (source.Language is { } language)
        {
            details.Add($"in {language}");
        }

        var text = new StringBuilder();
        text.Append(html ? $"<cite>{Html.Escape(source.Title)}</cite>" : source.Title);
        text.Append(html ? Html.Escape($" — {string.Join(", ", details)}") : $" — {string.Join(", ", details)}");
        if (source.Url is { } url)
        {
            // The address is shown, not only linked: it survives printing, and the page itself never fetches it.
            // Only a web address becomes a link; anything else (javascript:, data:) stays text.
            var web = Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
            text.Append(!html ? $". {url}" : web ? $". <a class=\"dg-url\" href=\"{Html.Escape(url)}\">{Html.Escape(url)}</a>" : $". <span class=\"dg-url\">{Html.Escape(url)}</span>");
        }

        return text.ToString();
    }

    /// <summary>A citation resolved against the graph (its title), for callers holding a bare citation.</summary>
    public ResolvedCitation Resolve(Citation citation) =>
        ResolvedCitation.Where(citation, graph);
}
