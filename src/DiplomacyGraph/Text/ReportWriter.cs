using System.Text;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Text;

/// <summary>
/// Writes a <see cref="Report"/> as wrapped text, Markdown or CSV. Sources get short labels <c>[1]…[n]</c> in the order they
/// are first cited, listed once at the end with their titles; each quote is shown once per row.
/// </summary>
internal static class ReportWriter
{
    public static void Write(Report report, TextWriter writer, ReportFormat format, int width = TextWrap.DefaultWidth, DiplomaticGraph? graph = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var labels = new Dictionary<string, (int Label, string Title)>(StringComparer.Ordinal);
        string Label(ResolvedCitation c)
        {
            if (!labels.TryGetValue(c.SourceId, out var label))
            {
                label = (labels.Count + 1, c.SourceTitle);
                labels[c.SourceId] = label;
            }

            return $"[{label.Label}]";
        }

        switch (format)
        {
            case ReportFormat.Markdown:
                WriteMarkdown(report, writer, Label);
                break;
            case ReportFormat.Csv:
                WriteCsv(report, writer, Label);
                return;
            default:
                WriteText(report, writer, Math.Max(40, width), Label);
                break;
        }

        if (labels.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine(format == ReportFormat.Markdown ? "**Sources**" : "Sources:");
            writer.WriteLine();
            foreach (var (id, (label, title)) in labels.OrderBy(l => l.Value.Label))
            {
                var line = $"[{label}] {title}{Details(graph, id)}";
                if (format == ReportFormat.Markdown)
                {
                    writer.WriteLine($"{label}. {Markdown(line[(line.IndexOf(']') + 2)..])}");
                }
                else
                {
                    foreach (var wrapped in TextWrap.Lines(line, Math.Max(40, width), "  ", "      "))
                    {
                        writer.WriteLine(wrapped);
                    }
                }
            }
        }
    }

    private static void WriteText(Report report, TextWriter writer, int width, Func<ResolvedCitation, string> label)
    {
        foreach (var line in TextWrap.Lines(report.Title, width, string.Empty, "    "))
        {
            writer.WriteLine(line);
        }

        foreach (var item in report.Items)
        {
            var indent = new string(' ', item.Level * 2);
            foreach (var line in TextWrap.Lines(item.Text, width, indent, indent + "    "))
            {
                writer.WriteLine(line);
            }

            foreach (var (shown, sources) in QuoteText.Distinct(item.Quotes))
            {
                var text = $"{shown} {string.Concat(sources.Select(label))}";
                foreach (var line in TextWrap.Lines(text, width, indent + "    ", indent + "     "))
                {
                    writer.WriteLine(line);
                }
            }
        }

        foreach (var note in report.Notes)
        {
            foreach (var line in TextWrap.Lines(note, width, string.Empty, "  "))
            {
                writer.WriteLine(line);
            }
        }
    }

    private static void WriteMarkdown(Report report, TextWriter writer, Func<ResolvedCitation, string> label)
    {
        writer.WriteLine($"### {Markdown(report.Title)}");
        writer.WriteLine();
        foreach (var item in report.Items)
        {
            var indent = new string(' ', item.Level * 2);
            writer.WriteLine($"{indent}- {Markdown(item.Text)}");
            foreach (var (shown, sources) in QuoteText.Distinct(item.Quotes))
            {
                writer.WriteLine($"{indent}  > {Markdown(shown)} {string.Concat(sources.Select(s => label(s).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)))}");
            }
        }

        foreach (var note in report.Notes)
        {
            writer.WriteLine();
            writer.WriteLine(Markdown(note));
        }
    }

    private static void WriteCsv(Report report, TextWriter writer, Func<ResolvedCitation, string> label)
    {
        var columns = report.Items.SelectMany(i => i.Fields.Select(f => f.Key)).Distinct(StringComparer.Ordinal).ToList();
        writer.WriteLine(string.Join(',', columns.Append("text").Append("quotes").Append("sources").Select(Csv)));
        foreach (var item in report.Items)
        {
            var fields = columns.Select(c => item.Fields.FirstOrDefault(f => f.Key == c).Value ?? string.Empty);
            var quotes = QuoteText.Distinct(item.Quotes);
            var cells = fields
                .Append(item.Text)
                .Append(string.Join(" | ", quotes.Select(q => q.Shown)))
                .Append(string.Join(" | ", quotes.Select(q => string.Join(' ', q.Sources.Select(s => s.SourceId)))));
            writer.WriteLine(string.Join(',', cells.Select(Csv)));
        }
    }

    private static string Details(DiplomaticGraph? graph, string sourceId)
    {
        if (graph is null || !graph.TryGetSource(sourceId, out var source))
        {
            return string.Empty;
        }

        var parts = new[] { source.Outlet, source.Author, source.Published.IsUnknown ? "undated" : $"published {source.Published}", source.Url is { } url ? $"<{url}>" : null }.OfType<string>();
        return $" — {string.Join(", ", parts)} (id {source.Id})";
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Markdown(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '|' or '<' or '>' or '[' or ']' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
