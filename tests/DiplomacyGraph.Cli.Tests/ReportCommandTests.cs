using DiplomacyGraph.Queries;
using DiplomacyGraph.Tests.Notebooks;

namespace DiplomacyGraph.Tests.Cli;

/// <summary><c>dipgraph report</c>: the page for the whole graph, an entity or a pair; a file written whole or not at all.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("diplomacygraph-report-cli-").FullName;

    [Fact]
    public void Report_of_a_pair_writes_the_page_to_the_file_and_says_so()
    {
        var path = Path.Combine(folder, "page.html");

        var (code, stdout, stderr) = CliHarness.Run("report", "Pakistan", "Afghanistan", "--out", path);

        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Equal($"wrote {path}", stderr.Trim());
        var dom = HtmlDom.Parse(File.ReadAllText(path));
        Assert.Equal("Pakistan – Afghanistan: what the sources say", dom.Title);
        Assert.Equal(Seeds.Load().History("pakistan", "afghanistan").Length, dom.QuerySelectorAll("#history tbody tr").Length);
        Assert.Equal(["page.html"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Report_without_out_prints_the_page_and_without_entities_covers_the_whole_graph()
    {
        var (code, stdout, _) = CliHarness.Run("report");

        Assert.Equal(0, code);
        Assert.Equal(Seeds.Load().Sources.Length, HtmlDom.Parse(stdout).QuerySelectorAll("#sources li").Length);
    }

    [Fact]
    public void A_new_report_replaces_the_old_file_and_a_failed_one_leaves_it_untouched()
    {
        var path = Path.Combine(folder, "page.html");
        File.WriteAllText(path, "old");

        Assert.Equal(0, CliHarness.Run("report", "Sadiq", "--out", path).Code);
        var sadiq = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", sadiq, StringComparison.Ordinal);

        var (code, _, stderr) = CliHarness.Run("report", "Nobody At All", "--out", path);

        Assert.Equal(1, code);
        Assert.Contains("Nobody At All", stderr, StringComparison.Ordinal);
        Assert.Equal(sadiq, File.ReadAllText(path));
        Assert.Equal(["page.html"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_a_one_line_error_and_writes_nothing()
    {
        var path = Path.Combine(folder, "missing", "page.html");

        var (code, _, stderr) = CliHarness.Run("report", "Sadiq", "--out", path);

        Assert.Equal(2, code);
        Assert.Equal($"Cannot write {path}: the folder {Path.GetDirectoryName(path)} does not exist.", stderr.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
