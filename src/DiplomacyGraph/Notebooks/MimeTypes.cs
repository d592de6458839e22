namespace DiplomacyGraph.Notebooks;

/// <summary>The MIME types a notebook is given: HTML (the <c>*Html</c> renderers), plain text (<see cref="PlainText"/>) and SVG.</summary>
internal static class MimeTypes
{
    public const string Html = "text/html";
    public const string PlainText = "text/plain";
    public const string Svg = "image/svg+xml";
}
