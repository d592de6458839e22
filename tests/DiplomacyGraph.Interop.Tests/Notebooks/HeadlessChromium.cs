using DiplomacyGraph.Tests.Interop;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>
/// Debian's <c>chromium</c>, headless: dumps a page's DOM after it has loaded, takes screenshots, and reports every
/// console message the page caused. Absent outside CI, the test is skipped; with CI=true (.ci/run installs it)
/// its absence is a failure.
/// </summary>
internal sealed class HeadlessChromium
{
    private static readonly Lazy<string?> Program = new(() =>
        new[] { "chromium", "chromium-browser" }.FirstOrDefault(p =>
        {
            try
            {
                return PeerTools.Run(p, "--version").Code == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }));

    private HeadlessChromium(string program) => Path = program;

    public string Path { get; }

    /// <summary>The browser; the test is skipped when it is absent outside CI.</summary>
    public static HeadlessChromium Find() =>
        Program.Value is { } program ? new HeadlessChromium(program) : throw PeerTools.Missing("chromium (Debian package chromium)");

    /// <summary>The DOM after load (as Chromium serializes it) and the console messages, at a window of the given size.</summary>
    public (string Dom, IReadOnlyList<string> Console) DumpDom(string file, int width = 1280, int height = 1800) =>
        Run(file, width, height, "--dump-dom");

    /// <summary>A screenshot PNG of the page's top <paramref name="height"/> pixels, and the console messages.</summary>
    public IReadOnlyList<string> Screenshot(string file, string png, int width, int height) =>
        Run(file, width, height, $"--screenshot={png}").Console;

    private (string Out, IReadOnlyList<string> Console) Run(string file, int width, int height, string action)
    {
        var profile = Directory.CreateTempSubdirectory("diplomacygraph-chromium-").FullName;
        try
        {
            var (code, stdout, stderr) = PeerTools.Run(
                Path,
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--hide-scrollbars", "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile}", $"--window-size={width},{height}",
                action, new Uri(file).AbsoluteUri);
            Assert.True(code == 0, $"chromium exited with {code}:\n{stderr}");
            var console = stderr.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
            return (stdout, console);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
