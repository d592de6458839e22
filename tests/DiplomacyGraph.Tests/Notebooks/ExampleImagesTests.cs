using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>
/// The example drawings in docs/images (shown in the README) are what the code renders today: each committed
/// SVG must equal a fresh rendering, and its PNG must sit next to it. eng/render-images.sh rewrites both
/// (it runs this class with DIPLOMACYGRAPH_WRITE_IMAGES=1, then converts with rsvg-convert).
/// </summary>
public sealed class ExampleImagesTests
{
    public static TheoryData<string> Names => [.. Examples.Keys];

    private static readonly Dictionary<string, Func<SvgImage>> Examples = new(StringComparer.Ordinal)
    {
        ["ego-graph-sadiq"] = () => Seeds.Load().ToEgoGraphSvg(Seeds.Load().Resolve("Muhammad Sadiq"), 1),
        ["timeline-pakistan-afghanistan"] = () => Seeds.Load().History("pakistan", "afghanistan").ToTimelineSvg("Pakistan–Afghanistan, 2025 (history through office holders)"),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void The_committed_example_is_what_the_code_renders(string name)
    {
        var svgPath = Path.Combine(Packaging.RepositoryRoot.Path, "docs", "images", name + ".svg");
        var markup = Examples[name]().Markup;
        if (Environment.GetEnvironmentVariable("DIPLOMACYGRAPH_WRITE_IMAGES") == "1")
        {
            File.WriteAllText(svgPath, markup);
        }

        Assert.True(File.Exists(svgPath), $"{svgPath} is missing: run eng/render-images.sh");
        Assert.True(markup == File.ReadAllText(svgPath), $"{svgPath} differs from what the code renders: run eng/render-images.sh, look at the PNGs, commit them");
        Assert.True(File.Exists(Path.ChangeExtension(svgPath, ".png")), $"{Path.ChangeExtension(svgPath, ".png")} is missing: run eng/render-images.sh");
    }

    [Fact]
    public void The_committed_report_screenshot_shown_in_the_readme_is_not_blank()
    {
        var png = Path.Combine(Packaging.RepositoryRoot.Path, "docs", "images", "report-pakistan-afghanistan.png");

        var image = PngImage.Read(png);

        Assert.True(image.Width >= 800 && image.Height >= 800, $"{png} is {image.Width}×{image.Height}");
        Assert.True(image.Deviation > 20 && image.Inked > 0.03, $"{png} is nearly blank: luminance deviation {image.Deviation:F1}, {image.Inked:P1} inked");
        Assert.Contains("docs/images/report-pakistan-afghanistan.png", File.ReadAllText(Path.Combine(Packaging.RepositoryRoot.Path, "README.md")), StringComparison.Ordinal);
    }
}
