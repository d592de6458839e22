using System.Globalization;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks.Report;

/// <summary>
/// Writes the report document. Sections, each a <c>&lt;section&gt;</c> with a stable id: summary, timeline,
/// history, statements, contradictions, network, sources. The citations of all sections share one numbering;
/// the sources section is the one list they point to.
/// </summary>
internal static class ReportPage
{
    /// <summary>Forbids every fetch: no script, font, image, frame or connection; only the inline style (and data: images).</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private const string Anchors = "source-";

    public static string Write(ReportSubject subject)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var notes = new Footnotes(subject.Graph, Anchors);
        if (subject.IsWhole)
        {
            notes.NumberAll(subject.Graph.Sources);
        }

        var sections = new List<(string Id, string Heading, Action Write)>
        {
            ("summary", "Summary", () => ReportSections.Summary(subject, writer)),
            ("timeline", "Timeline", () => ReportSections.Timeline(subject, writer)),
            ("history", subject.IsWhole ? "Meetings" : subject.Entities.Length == 2 ? "History" : "Relations and meetings", () => ReportSections.History(subject, writer, notes)),
            ("statements", "Statements", () => ReportSections.Statements(subject, writer, notes)),
            ("contradictions", "Contradictions", () => ReportSections.Contradictions(subject, writer, notes)),
            ("network", "Network", () => ReportSections.Network(subject, writer)),
            ("sources", "Sources", () => ReportSections.Sources(subject, writer, notes)),
        };

        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        writer.Write("<meta name=\"generator\" content=\"DiplomacyGraph\">\n");
        writer.Write($"<title>{Html.Escape(subject.Title)}: what the sources say</title>\n");
        writer.Write($"<style>\n{ReportStyles.Css}\n</style>\n</head>\n<body>\n");
        writer.Write($"<header>\n<h1>{Html.Escape(subject.Title)}: what the sources say</h1>\n");
        writer.Write($"<p class=\"dg-lede\">{Html.Escape(Lede(subject))}</p>\n</header>\n");
        writer.Write("<nav aria-label=\"Sections\"><ul>");
        foreach (var (id, heading, _) in sections)
        {
            writer.Write($"<li><a href=\"#{id}\">{Html.Escape(heading)}</a></li>");
        }

        writer.Write("</ul></nav>\n<main>\n");
        foreach (var (id, heading, write) in sections)
        {
            writer.Write($"<section id=\"{id}\" aria-labelledby=\"{id}-heading\">\n<h2 id=\"{id}-heading\">{Html.Escape(heading)}</h2>\n");
            write();
            writer.Write("\n</section>\n");
        }

        writer.Write("</main>\n<footer><p>Made with DiplomacyGraph from the dataset’s own records: every row rests on the quotes shown, and every quote on the numbered source it comes from. ");
        writer.Write("Dates are as precise as the sources make them: <span class=\"dg-date\">2025-03</span> means some day in March 2025, <span class=\"dg-date\">after 2025-05-20</span> is open-ended, “(inferred)” marks a date the curators deduced.</p></footer>\n");
        writer.Write("</body>\n</html>\n");
        return writer.ToString();
    }

    private static string Lede(ReportSubject subject)
    {
        var graph = subject.Graph;
        if (subject.IsWhole)
        {
            return $"{Count(graph.Entities.Length, "entity", "entities")} and {Count(graph.Relations.Length, "relation", "relations")} from {Count(graph.Sources.Length, "source", "sources")}, {GraphHtml.Span(graph)}.";
        }

        var rows = subject.History;
        var span = DateSpan.Of(rows.Select(r => r.Time));
        var sources = rows.SelectMany(r => r.Citations).Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count();
        var what = subject.Entities.Length == 2 ? "between them" : "involving " + subject.Entities[0].Name;
        return $"{Count(rows.Length, "event", "events")} {what}, {span}, from {Count(sources, "source", "sources")}.";
    }

    public static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}
