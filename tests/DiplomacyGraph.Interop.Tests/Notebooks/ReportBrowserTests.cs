using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;
using Xunit.Abstractions;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>
/// The report page rendered by a real browser (headless Chromium): it loads without a console message (its
/// policy would report any fetch it blocked), the DOM the browser builds has the sections and rows, its
/// screenshots are not blank, and at phone width nothing makes the page wider than the screen.
/// </summary>
public sealed class ReportBrowserTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DiplomaticGraph Seeds = DiplomacyGraph.Seeds.Load();
    private readonly string folder = Directory.CreateTempSubdirectory("diplomacygraph-report-").FullName;

    [SkippableFact]
    public void The_pair_report_loads_without_console_messages_and_the_browser_dom_has_every_section_and_row()
    {
        var chromium = HeadlessChromium.Find();

        var page = Write("pair.html", Seeds.Report("Pakistan", "Afghanistan"));

        var (dom, console) = chromium.DumpDom(page);

        Assert.Empty(console);
        var document = HtmlDom.Parse(dom);
        Assert.Equal(["summary", "timeline", "history", "statements", "contradictions", "network", "sources"], document.QuerySelectorAll("main > section").Select(s => s.Id));
        Assert.Equal(Seeds.History("pakistan", "afghanistan").Length, document.QuerySelectorAll("#history table.dg-history tbody tr").Length);
        Assert.Equal(Seeds.Contradictions().Length, document.QuerySelectorAll("#contradictions table.dg-contradictions tbody tr").Length);
        Assert.NotEmpty(document.QuerySelectorAll("#sources li[id^=source-]"));
        Assert.Equal(2, document.QuerySelectorAll("figure svg").Length);
        Assert.Equal("Pakistan – Afghanistan: what the sources say", document.Title);
    }

    [SkippableFact]
    public void The_console_check_sees_a_fetch_the_page_policy_blocks()
    {
        var chromium = HeadlessChromium.Find();

        // The control: the same page with one external image (the loopback discard port; the policy blocks it before any request).
        var page = Write("leaky.html", Seeds.Report("Sadiq").Replace("</main>", "<img src=\"http://127.0.0.1:9/pixel.png\" alt=\"\"></main>", StringComparison.Ordinal));

        var (_, console) = chromium.DumpDom(page);

        Assert.Contains(console, line => line.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(1280, 1600)]
    [InlineData(390, 1600)]
    public void Screenshots_at_desktop_and_phone_width_are_not_blank(int width, int height)
    {
        var chromium = HeadlessChromium.Find();

        var page = Write("pair.html", Seeds.Report("Pakistan", "Afghanistan"));
        var png = Path.Combine(folder, $"pair-{width}.png");

        var console = chromium.Screenshot(page, png, width, height);

        Assert.Empty(console);
        var image = PngImage.Read(png);
        Assert.Equal((width, height), (image.Width, image.Height));
        output.WriteLine($"{width}×{height}: luminance deviation {image.Deviation:F1}, {image.Inked:P1} of the pixels inked");
        Assert.True(image.Deviation > 20, $"the screenshot is nearly uniform (luminance deviation {image.Deviation:F1})");
        Assert.True(image.Inked > 0.03, $"only {image.Inked:P1} of the screenshot has anything on it");
    }

    [SkippableFact]
    public void At_phone_width_the_page_is_no_wider_than_the_screen_and_tables_become_labelled_blocks()
    {
        var chromium = HeadlessChromium.Find();

        // A copy for measuring only: the product page has no script (its policy forbids one); this copy adds one that
        // writes the layout's widths into the DOM, which the dump then carries out.
        var measured = Seeds.Report("Pakistan", "Afghanistan")
            .Replace(ReportPolicyMeta(), "", StringComparison.Ordinal)
            .Replace("</body>", """
                <script>
                const td = document.querySelector('#history tbody td');
                document.body.dataset.pageWidth = document.documentElement.scrollWidth;
                document.body.dataset.screenWidth = window.innerWidth;
                document.body.dataset.cellDisplay = getComputedStyle(td).display;
                document.body.dataset.cellLabel = getComputedStyle(td, '::before').content;
                </script></body>
                """, StringComparison.Ordinal);
        var page = Write("measured.html", measured);

        var (dom, console) = chromium.DumpDom(page, 390, 1200);

        Assert.Empty(console);
        var body = HtmlDom.Parse(dom).Body!;
        var (pageWidth, screenWidth) = (int.Parse(body.GetAttribute("data-page-width")!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(body.GetAttribute("data-screen-width")!, System.Globalization.CultureInfo.InvariantCulture));
        output.WriteLine($"page {pageWidth} px wide on a {screenWidth} px screen");
        // Headless Chromium lays a dumped page out at least 500 px wide; that is still inside the phone rules (max-width: 640px).
        Assert.InRange(screenWidth, 390, 640);
        Assert.True(pageWidth <= screenWidth, $"the page is {pageWidth} px wide on a {screenWidth} px screen");
        Assert.Equal("block", body.GetAttribute("data-cell-display"));
        Assert.Equal("\"Date\"", body.GetAttribute("data-cell-label"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string ReportPolicyMeta()
    {
        var page = Seeds.Report();
        var start = page.IndexOf("<meta http-equiv=\"Content-Security-Policy\"", StringComparison.Ordinal);
        return page[start..(page.IndexOf('>', start) + 1)];
    }

    private string Write(string name, string html)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, html);
        return path;
    }
}
