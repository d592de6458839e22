using System.Text.Json.Nodes;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Tests.Interop;
using DiplomacyGraph.Tests.Packaging;
using Xunit.Abstractions;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>
/// docs/notebook.ipynb is run for real: eng/run-notebook.py packs the library into a fresh folder, runs every cell with
/// the dotnet-repl local tool against that package (and nothing cached), and fails on any cell error. The committed
/// notebook must be exactly what such a run outputs (eng/update-notebook.sh writes it).
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class NotebookRunTests(ITestOutputHelper output)
{
    private static readonly string NotebookPath = Path.Combine(RepositoryRoot.Path, "docs", "notebook.ipynb");

    [SkippableFact]
    public void The_committed_notebook_is_what_a_fresh_run_of_it_outputs()
    {
        RequireTools();

        var fresh = Path.Combine(Path.GetTempPath(), $"notebook-{Guid.NewGuid():N}.ipynb");
        try
        {
            var log = ExternalProcess.Run("python3", [Path.Combine(RepositoryRoot.Path, "eng", "run-notebook.py"), "--out", fresh], RepositoryRoot.Path, timeout: TimeSpan.FromMinutes(15));
            output.WriteLine(log);

            var (expected, actual) = (File.ReadAllText(NotebookPath), File.ReadAllText(fresh));
            if (expected != actual)
            {
                var (e, a) = (expected.Split('\n'), actual.Split('\n'));
                var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
                Assert.Fail($"docs/notebook.ipynb differs from a fresh run at line {line + 1}:\n  committed: {Line(e, line)}\n  fresh run: {Line(a, line)}\nRun eng/update-notebook.sh, look at the outputs, and commit them.");
            }
        }
        finally
        {
            File.Delete(fresh);
        }
    }

    [Fact]
    public void The_committed_notebook_shows_the_product_with_outputs_and_no_errors()
    {
        var notebook = JsonNode.Parse(File.ReadAllText(NotebookPath))!;
        var code = notebook["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code").ToList();

        var sources = code.Select(c => string.Concat(c!["source"]!.AsArray().Select(l => (string?)l))).ToList();
        string[] shown =
        [
            "Seeds.Load()", "graph.Card(\"Sadiq\")", ".ToTable(\"Pakistan–Afghanistan\", graph)", ".ToTimelineSvg(", "graph.StatementTable()",
            "graph.Contradictions().ToTable(graph)", "graph.ShortestPath(", "graph.ToEgoGraphSvg(", "using System.IO;", "GraphMLGraphWriter", "Seeds.LoadWith(", "graph.Report(",
        ];
        Assert.All(shown, snippet => Assert.Contains(sources, s => s.Contains(snippet, StringComparison.Ordinal)));
        Assert.DoesNotContain(sources, s => s.Contains("#i ", StringComparison.Ordinal));
        foreach (var (cell, source) in code.Zip(sources))
        {
            var outputs = cell!["outputs"]!.AsArray();
            Assert.True(outputs.Count > 0, $"the cell has no output: {source}");
            Assert.DoesNotContain(outputs, o => (string?)o!["output_type"] == "error");
            Assert.All(outputs, o => Assert.NotNull(o!["data"]?["text/plain"]));
        }

        var timeline = PlainText(code[sources.FindIndex(s => s.Contains(".ToTimelineSvg(", StringComparison.Ordinal))]!);
        Assert.StartsWith("Timeline: ", timeline, StringComparison.Ordinal);
        Assert.StartsWith("Ego graph: ", PlainText(code[sources.FindIndex(s => s.Contains(".ToEgoGraphSvg(", StringComparison.Ordinal))]!), StringComparison.Ordinal);
        var history = HtmlDom.Parse(string.Concat(code[sources.FindIndex(s => s.Contains(".ToTable(\"Pakistan–Afghanistan\"", StringComparison.Ordinal))]!["outputs"]![0]!["data"]!["text/html"]!.AsArray().Select(l => (string?)l)));
        Assert.Equal(DiplomacyGraph.Seeds.Load().History("pakistan", "afghanistan").Length, history.QuerySelectorAll("table.dg-history tbody tr").Length);
    }

    private static string PlainText(JsonNode cell) => string.Concat(cell["outputs"]![0]!["data"]!["text/plain"]!.AsArray().Select(l => (string?)l));

    private static string Line(string[] lines, int i) => i < lines.Length ? (lines[i].Length > 200 ? lines[i][..200] + "…" : lines[i]) : "(end of file)";

    /// <summary>python3 and the dotnet-repl local tool (dotnet tool restore); without them outside CI, the test is skipped.</summary>
    private static void RequireTools()
    {
        string? missing = null;
        try
        {
            ExternalProcess.Run("dotnet", ["tool", "run", "dotnet-repl", "--", "--version"], RepositoryRoot.Path, timeout: TimeSpan.FromMinutes(2));
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            missing = "the dotnet-repl local tool (dotnet tool restore)";
        }

        if (missing is null && PeerTools.Run("python3", "--version").Code != 0)
        {
            missing = "python3";
        }

        if (missing is not null)
        {
            throw PeerTools.Missing(missing);
        }
    }
}
