using System.Globalization;
using System.Security;
using System.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>Writes SVG markup: invariant numbers, escaped text, a generic font, a title and a description, and nothing external.</summary>
internal sealed class Svg(double width, double height, string title, string description)
{
    public const string Font = "DejaVu Sans, Verdana, Arial, sans-serif";

    private readonly StringBuilder body = new();

    public double Width { get; set; } = width;

    public double Height { get; set; } = height;

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Escape(string text) => SecurityElement.Escape(text);

    /// <summary>
    /// Breaks <paramref name="text"/> into lines of at most <paramref name="width"/> characters at spaces (a word
    /// longer than a line is broken inside), so that a label is wrapped and never cut.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > width)
            {
                Flush();
                lines.Add(rest[..width]);
                rest = rest[width..];
            }

            if (line.Length > 0 && line.Length + 1 + rest.Length > width)
            {
                Flush();
            }

            line.Append(line.Length > 0 ? " " : "").Append(rest);
        }

        Flush();
        return lines.Count == 0 ? [""] : lines;

        void Flush()
        {
            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
        }
    }

    public Svg Raw(string markup)
    {
        body.Append(markup).Append('\n');
        return this;
    }

    public Svg Text(double x, double y, string text, string attributes = "") =>
        Raw($"<text x=\"{Number(x)}\" y=\"{Number(y)}\" {attributes}>{Escape(text)}</text>");

    /// <summary>One text element of several lines, the first on <paramref name="y"/>, each next one <paramref name="lineHeight"/> lower.</summary>
    public Svg Lines(double x, double y, IReadOnlyList<string> lines, double lineHeight, string attributes = "")
    {
        var text = new StringBuilder($"<text x=\"{Number(x)}\" y=\"{Number(y)}\" {attributes}>");
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{Number(x)}\" dy=\"{(i == 0 ? "0" : Number(lineHeight))}\">{Escape(lines[i])}</tspan>");
        }

        return Raw(text.Append("</text>").ToString());
    }

    public SvgImage ToImage()
    {
        var markup = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Number(Width)}\" height=\"{Number(Height)}\" viewBox=\"0 0 {Number(Width)} {Number(Height)}\" font-family=\"{Font}\" font-size=\"12\" role=\"img\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>\n")
            .Append(CultureInfo.InvariantCulture, $"<desc>{Escape(description)}</desc>\n")
            .Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
            .Append(body)
            .Append("</svg>\n")
            .ToString();
        return new SvgImage(title, description, Math.Round(Width, 1), Math.Round(Height, 1), markup);
    }
}
