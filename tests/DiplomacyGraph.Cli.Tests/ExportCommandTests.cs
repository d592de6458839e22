using System.Xml.Linq;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.Cli.CliHarness;

namespace DiplomacyGraph.Tests.Cli;

public class ExportCommandTests
{
    private static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public void Export_graphml_writes_the_seeds_and_reads_back_equal()
    {
        var (code, output, _) = Run("export", "graphml");

        Assert.Equal(0, code);
        GraphAssert.Equivalent(Seeds.Load(), GraphMLGraphReader.Parse(output, "stdout.graphml", new GraphReaderOptions { SourceFiles = relative => Seeds.ReadResource("seeds/" + relative) }));
    }

    [Fact]
    public void Export_gexf_writes_1_3_by_default_and_1_2draft_on_request_to_a_file()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("dipgraph-cli-").FullName, "seeds.gexf");

        var (v13, out13, _) = Run("export", "gexf");
        var (v12, _, err12) = Run("export", "gexf", "--gexf-version", "1.2draft", "--out", file);

        Assert.Equal((0, 0), (v13, v12));
        Assert.Equal("http://gexf.net/1.3", XDocument.Parse(out13).Root!.Name.NamespaceName);
        Assert.Equal("http://www.gexf.net/1.2draft", XDocument.Load(file).Root!.Name.NamespaceName);
        Assert.Contains($"wrote {file}", err12, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_and_no_meetings_shape_the_network_export()
    {
        var (code, output, _) = Run("export", "graphml", "--aggregate", "--no-meetings");

        Assert.Equal(0, code);
        var xml = XDocument.Parse(output);
        Assert.Equal("aggregated without-meetings", xml.Descendants(GraphML + "data").First(d => d.Attribute("key")?.Value == "g_view").Value);
        Assert.DoesNotContain(xml.Descendants(GraphML + "node"), n => Seeds.Load().GetEntity(n.Attribute("id")!.Value).Kind == DiplomacyGraph.Model.EntityKind.Meeting);
    }

    [Fact]
    public void Aggregate_is_refused_for_the_dataset_formats()
    {
        var (code, output, error) = Run("export", "json", "--aggregate");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--aggregate and --no-meetings shape the network formats", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Global_as_of_exports_the_slice_valid_at_that_day()
    {
        var day = new DateOnly(2025, 4, 30);
        var slice = Seeds.Load().AsOf(day);

        var (code, output, _) = Run("--as-of", "2025-04-30", "export", "graphml");

        Assert.Equal(0, code);
        var edges = XDocument.Parse(output).Descendants(GraphML + "edge").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.Equal(slice.Relations.Select(r => r.Id), edges);
        Assert.True(edges.Count < Seeds.Load().Relations.Length, "the slice should leave out relations not valid on 2025-04-30");
    }

    [Fact]
    public void A_graphml_file_loads_with_graph_and_validates()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("dipgraph-cli-").FullName, "seeds.graphml");
        Run("export", "graphml", "--out", file);
        WriteSeedSourcesBeside(file);

        var (statsCode, stats, _) = Run("--graph", file, "stats", "--json");
        var (validCode, valid, _) = Run("validate", file);

        Assert.Equal((0, 0), (statsCode, validCode));
        Assert.Contains($"{Seeds.Load().Relations.Length}", stats, StringComparison.Ordinal);
        Assert.StartsWith($"valid: {Seeds.Load().Entities.Length} entities, {Seeds.Load().Relations.Length} relations", valid, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_graphml_validates_with_a_note_on_standard_error()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("dipgraph-cli-").FullName, "plain.graphml");
        File.WriteAllText(file, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>");

        var (code, output, error) = Run("validate", file);

        Assert.Equal(0, code);
        Assert.StartsWith("valid: 2 entities, 1 relations", output, StringComparison.Ordinal);
        Assert.StartsWith($"note: {file} is plain GraphML", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_graphml_file_with_a_doctype_is_invalid_input_with_its_location()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("dipgraph-cli-").FullName, "evil.graphml");
        File.WriteAllText(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"/etc/passwd\">]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\"&e;\"/></graph></graphml>");

        var (code, _, error) = Run("validate", file);

        Assert.Equal(2, code);
        Assert.StartsWith($"{file}:2:1: A DOCTYPE is not allowed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error, StringComparison.Ordinal);
    }

    /// <summary>The seeds' articles (embedded) written into <c>sources/</c> beside an exported file, so its quotes are checked on loading.</summary>
    private static void WriteSeedSourcesBeside(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        foreach (var name in Seeds.ResourceNames.Where(n => n.StartsWith("seeds/sources/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(folder, name["seeds/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, Seeds.ReadResource(name));
        }
    }
}
