using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>
/// The example drawings in docs/images (shown in the README) are what the code renders today: each committed
/// SVG must equal a fresh rendering, and its PNG must sit next to it. When one differs, the test fails and leaves the
/// fresh rendering beside it as <c>NAME.received.svg</c> (ignored by git); eng/render-images.sh takes the received
/// files in and converts them with rsvg-convert, for review before committing.
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
        var received = Path.ChangeExtension(svgPath, ".received.svg");
        var markup = Examples[name]().Markup;
        File.Delete(received);
        if (!File.Exists(svgPath) || markup != File.ReadAllText(svgPath))
        {
            File.WriteAllText(received, markup);
            Assert.Fail($"{svgPath} is missing or differs from what the code renders (written to {received}): run eng/render-images.sh, look at the PNGs, commit them");
        }

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
