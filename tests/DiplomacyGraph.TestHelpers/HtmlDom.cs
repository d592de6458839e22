using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>HTML as a browser would parse it (AngleSharp, an HTML5 parser), so tests assert on structure, not on markup strings.</summary>
internal static class HtmlDom
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A whole page, or a notebook output (a fragment, which lands in the body).</summary>
    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The cell texts of every body row of the tables matching <paramref name="selector"/>.</summary>
    public static List<string[]> Rows(IParentNode root, string selector) =>
        [.. root.QuerySelectorAll($"{selector} tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];

    /// <summary>The header texts of the first table matching <paramref name="selector"/>.</summary>
    public static string[] Headers(IParentNode root, string selector) =>
        [.. root.QuerySelector(selector)!.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim())];

    /// <summary>The footnote numbers the quotes of <paramref name="root"/> point to, in order.</summary>
    public static List<int> Markers(IParentNode root) =>
        [.. root.QuerySelectorAll("sup.dg-ref").Select(s => int.Parse(s.TextContent.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture))];
}
