using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// A self-contained SVG drawing (no script, no external fonts, no network). A notebook displays it as the
/// image; <see cref="Markup"/> is the document to save or embed elsewhere.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class SvgImage
{
    internal SvgImage(string title, double width, double height, string markup)
    {
        Title = title;
        Width = width;
        Height = height;
        Markup = markup;
    }

    /// <summary>What the drawing shows (also its SVG <c>&lt;title&gt;</c>).</summary>
    public string Title { get; }

    /// <summary>The width in CSS pixels.</summary>
    public double Width { get; }

    /// <summary>The height in CSS pixels.</summary>
    public double Height { get; }

    /// <summary>The SVG document, starting with the <c>&lt;svg&gt;</c> element.</summary>
    public string Markup { get; }

    /// <summary>The SVG document (<see cref="Markup"/>).</summary>
    public override string ToString() => Markup;
}
