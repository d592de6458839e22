namespace DiplomacyGraph.Notebooks;

/// <summary>The MIME types the notebook views write.</summary>
internal static class MimeTypes
{
    public const string Html = "text/html";
    public const string PlainText = "text/plain";
    public const string Svg = "image/svg+xml";
}
