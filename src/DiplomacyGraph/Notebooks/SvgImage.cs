using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// A self-contained SVG drawing (no script, no external fonts, no network) with a <c>&lt;title&gt;</c> and a
/// <c>&lt;desc&gt;</c> for screen readers. A notebook displays it as the image, and a text-only front end as
/// its <see cref="Description"/>; <see cref="Markup"/> is the document to save or embed elsewhere.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class SvgImage
{
    internal SvgImage(string title, string description, double width, double height, string markup)
    {
        Title = title;
        Description = description;
        Width = width;
        Height = height;
        Markup = markup;
    }

    /// <summary>The drawing's title (also its SVG <c>&lt;title&gt;</c>).</summary>
    public string Title { get; }

    /// <summary>What the drawing shows, in words (its SVG <c>&lt;desc&gt;</c>): <c>Timeline: 11 events, 2021 – 2025 …</c>.</summary>
    public string Description { get; }

    /// <summary>The width in CSS pixels, to one decimal.</summary>
    public double Width { get; }

    /// <summary>The height in CSS pixels, to one decimal.</summary>
    public double Height { get; }

    /// <summary>The SVG document, starting with the <c>&lt;svg&gt;</c> element.</summary>
    public string Markup { get; }

    /// <summary>The SVG document (<see cref="Markup"/>).</summary>
    public override string ToString() => Markup;
}
