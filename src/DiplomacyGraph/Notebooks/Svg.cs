using System.Globalization;
using System.Security;
using System.Text;

namespace DiplomacyGraph.Notebooks;

/// <summary>Writes SVG markup: invariant numbers, escaped text, a generic font, and nothing external.</summary>
internal sealed class Svg(double width, double height, string title)
{
    public const string Font = "DejaVu Sans, Verdana, Arial, sans-serif";

    private readonly StringBuilder body = new();

    public double Width { get; } = width;

    public double Height { get; } = height;

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Escape(string text) => SecurityElement.Escape(text);

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    public Svg Raw(string markup)
    {
        body.Append(markup).Append('\n');
        return this;
    }

    public Svg Text(double x, double y, string text, string attributes = "") =>
        Raw($"<text x=\"{Number(x)}\" y=\"{Number(y)}\" {attributes}>{Escape(text)}</text>");

    public SvgImage ToImage()
    {
        var markup = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Number(Width)}\" height=\"{Number(Height)}\" viewBox=\"0 0 {Number(Width)} {Number(Height)}\" font-family=\"{Font}\" font-size=\"12\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>\n")
            .Append(CultureInfo.InvariantCulture, $"<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
            .Append(body)
            .Append("</svg>\n")
            .ToString();
        return new SvgImage(title, Width, Height, markup);
    }
}
