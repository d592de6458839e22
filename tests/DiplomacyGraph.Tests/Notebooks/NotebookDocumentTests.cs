using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;
using Microsoft.DotNet.Interactive.Formatting;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>
/// docs/notebook.ipynb holds each cell's code and the outputs this test produces by running the same calls
/// through the real notebook formatter. A changed rendering fails here; eng/render-images.sh rewrites the
/// notebook (DIPLOMACYGRAPH_WRITE_IMAGES=1) like the example images.
/// </summary>
public sealed class NotebookDocumentTests
{
    private static readonly (string Markdown, string Code, Func<object?> Run)[] Cells =
    [
        ("Reference the package and load the embedded dataset: a summary of what it holds.",
            "#r \"nuget: DiplomacyGraph\"\nusing DiplomacyGraph;\nusing DiplomacyGraph.Notebooks;\nusing DiplomacyGraph.Queries;\n\nvar graph = Seeds.Load();\ngraph",
            () => Seeds.Load()),
        ("Everything between Pakistan and Afghanistan, including what their office holders did: each row with its date and quotes.",
            "graph.History(\"pakistan\", \"afghanistan\", viaMembers: true).ToTable(\"Pakistan–Afghanistan\")",
            () => Seeds.Load().History("pakistan", "afghanistan", viaMembers: true).ToTable("Pakistan–Afghanistan")),
        ("The same history on a time axis: fuzzy dates are bars over every day they may fall on.",
            "graph.History(\"pakistan\", \"afghanistan\", viaMembers: true).ToTimelineSvg(\"Pakistan–Afghanistan\")",
            () => Seeds.Load().History("pakistan", "afghanistan", viaMembers: true).ToTimelineSvg("Pakistan–Afghanistan")),
        ("How is Ishaq Dar connected to Amir Khan Muttaqi? The shortest path, hop by hop, with the quote for each hop.",
            "graph.ShortestPath(\"ishaq-dar\", \"amir-khan-muttaqi\")",
            () => Seeds.Load().ShortestPath("ishaq-dar", "amir-khan-muttaqi")),
        ("Muhammad Sadiq's neighbourhood, coloured by kind.",
            "graph.ToEgoGraphSvg(graph.Resolve(\"Muhammad Sadiq\"), hops: 1)",
            () => Seeds.Load().ToEgoGraphSvg(Seeds.Load().Resolve("Muhammad Sadiq"), hops: 1)),
        ("Export the graph as GraphML for Gephi, NetworkX, igraph or yEd (docs/gephi.md says how to open it).",
            "using DiplomacyGraph.Formats.GraphML;\n\nvar graphml = GraphMLGraphWriter.WriteToString(graph);\nFile.WriteAllText(\"pakistan-afghanistan.graphml\", graphml);\n$\"{graph.Entities.Length} nodes, {graph.Relations.Length} edges, {graphml.Length:N0} characters written to pakistan-afghanistan.graphml\"",
            () => ExportGraphML(Seeds.Load())),
    ];

    private static string ExportGraphML(DiplomaticGraph graph)
    {
        var graphml = DiplomacyGraph.Formats.GraphML.GraphMLGraphWriter.WriteToString(graph);
        var path = Path.Combine(Path.GetTempPath(), $"notebook-{Guid.NewGuid():N}.graphml");
        try
        {
            File.WriteAllText(path, graphml);
            Assert.Equal(graph.Relations.Length, DiplomacyGraph.Formats.GraphML.GraphMLGraphReader.Load(path, new DiplomacyGraph.Formats.GraphReaderOptions { RequireSourceFiles = false }).Relations.Length);
        }
        finally
        {
            File.Delete(path);
        }

        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{graph.Entities.Length} nodes, {graph.Relations.Length} edges, {graphml.Length:N0} characters written to pakistan-afghanistan.graphml");
    }

    [Fact]
    public void The_committed_notebook_holds_the_outputs_of_its_code()
    {
        var path = Path.Combine(Packaging.RepositoryRoot.Path, "docs", "notebook.ipynb");
        var notebook = Render().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (Environment.GetEnvironmentVariable("DIPLOMACYGRAPH_WRITE_IMAGES") == "1")
        {
            File.WriteAllText(path, notebook);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run eng/render-images.sh");
        Assert.True(notebook == File.ReadAllText(path), $"{path} differs from what its code renders: run eng/render-images.sh and commit it");
    }

    private static JsonObject Render()
    {
        var cells = new JsonArray(Markdown("# DiplomacyGraph in a Polyglot Notebook\n\nEvery table row carries its date and the quotes it rests on (quote — source title). The outputs below were produced by running this code (see `NotebookDocumentTests`)."));
        var count = 0;
        foreach (var (markdown, code, run) in Cells)
        {
            cells.Add(Markdown(markdown));
            var value = run()!;
            var data = new JsonObject { ["text/html"] = Lines(value.ToDisplayString("text/html")), ["text/plain"] = Lines(value.ToDisplayString("text/plain")) };
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = ++count,
                ["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" }, ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
                ["outputs"] = new JsonArray(new JsonObject { ["data"] = data, ["execution_count"] = count, ["metadata"] = new JsonObject(), ["output_type"] = "execute_result" }),
                ["source"] = Lines(code),
            });
        }

        return new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
                ["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = new JsonObject { ["defaultKernelName"] = "csharp", ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }) } },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
    }

    private static JsonObject Markdown(string text) => new() { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = Lines(text) };

    /// <summary>Notebook text: a list of lines, each but the last ending in a newline.</summary>
    private static JsonArray Lines(string text)
    {
        var lines = text.Split('\n');
        return new JsonArray([.. lines.Select((l, i) => (JsonNode)JsonValue.Create(i < lines.Length - 1 ? l + "\n" : l)!)]);
    }
}
