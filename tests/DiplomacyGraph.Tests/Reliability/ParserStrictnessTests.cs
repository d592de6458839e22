using System.Text;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// Each format exactly as strict as docs/limits.md says (JSON is RFC 8259 plus comments; GraphML node ids unique,
/// edges naming nodes exactly, edgedefault directed or undirected), and memory bounded however many errors or
/// defaults an input holds.
/// </summary>
[Collection(nameof(MemoryMeasurements))]
public sealed class ParserStrictnessTests
{
    private static string Nasty(string name) => Path.Combine(ErrorContractTests.CommittedFolder, name);

    [Theory]
    [InlineData("json-single-quotes.json", 1, 3, "double quotes")]
    [InlineData("json-unquoted-key.json", 1, 3, "'sources' is not a JSON value")]
    [InlineData("json-trailing-comma-object.json", 1, 18, "trailing comma before '}'")]
    [InlineData("json-trailing-comma-array.json", 1, 43, "trailing comma before ']'")]
    [InlineData("json-undefined.json", 1, 14, "'undefined' is not a JSON value")]
    [InlineData("json-hex-number.json", 1, 14, "'0x41' is not a JSON number")]
    [InlineData("json-octal-number.json", 1, 14, "'017' is not a JSON number")]
    [InlineData("json-nan.json", 1, 14, "'NaN' is not a JSON value")]
    [InlineData("json-content-after-comment.json", 3, 1, "Unexpected content after the JSON document")]
    [InlineData("json-nul-after-document.json", 2, 1, "Unexpected content after the JSON document")]
    [InlineData("json-raw-tab-in-string.json", 1, 39, "raw control character (U+0009)")]
    public void Json_beyond_rfc_8259_is_refused_at_its_place(string file, int line, int column, string message)
    {
        var error = Assert.Single(Assert.IsType<GraphFormatException>(Loaders.LoadByContract("json-file", Nasty(file))).Errors);

        Assert.StartsWith("Invalid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void A_comment_before_the_root_is_ignored_like_any_other()
    {
        Assert.Empty(JsonGraphReader.Load(Nasty("valid-json-comment-before-root.json")).Sources);
    }

    [Theory]
    [InlineData("1e0")]
    [InlineData("0.10")]
    [InlineData("-0")]
    [InlineData("12345678901234567890")]
    public void Numbers_keep_the_text_they_were_written_in(string number)
    {
        var graph = JsonGraphReader.Parse($$"""
            { "sources": [{ "id": "s", "title": "S" }],
              "entities": [{ "id": "a", "kind": "Country", "name": "A", "attributes": { "n": {{number}} }, "citations": [{ "source": "s", "quote": "q" }] }] }
            """);

        Assert.Equal(number, graph.Entities.Single().Attributes["n"]);
    }

    [Theory]
    [InlineData("graphml-duplicate-node-ids.graphml", 6, "Node id 'India' is used twice")]
    [InlineData("graphml-edge-case-mismatch.graphml", 6, "The edge's source 'india' names no node")]
    [InlineData("graphml-edgedefault-sideways.graphml", 3, "edgedefault=\"sideways\" is neither")]
    public void Foreign_graphml_is_read_exactly_as_written(string file, int line, string message)
    {
        var error = Assert.Single(Assert.IsType<GraphFormatException>(Loaders.LoadByContract("graphml-file", Nasty(file))).Errors);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Location!.Line);
    }

    [Fact]
    public void Errors_past_the_bound_are_counted_not_kept_so_memory_stays_small()
    {
        // 200,000 broken entities in 400 KB: each is an error; only the first MaxErrors are kept, the rest counted.
        var yaml = new StringBuilder("entities: [").Insert(11, "a,", 200_000).Append("a]\n").ToString();
        var before = GC.GetTotalMemory(forceFullCollection: true); // No other test runs meanwhile (MemoryMeasurements).

        var error = Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse(yaml, "many.yaml"));
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;

        Assert.Equal(GraphFormatException.MaxErrors, error.Errors.Count);
        Assert.Equal(200_001 - GraphFormatException.MaxErrors, error.MoreErrors);
        Assert.Contains($"… and {200_001 - GraphFormatException.MaxErrors:N0} more", error.Message, StringComparison.Ordinal);
        // Kept, 200,001 errors were about 60 MB; bounded, a thousand are well under a megabyte (the input is 400 KB).
        Assert.InRange(retained, long.MinValue, 8 * yaml.Length);
        GC.KeepAlive(error);
    }

    [Fact]
    public void Json_nulls_by_the_million_are_bounded_too()
    {
        var json = "{ \"entities\": [" + string.Join(",", Enumerable.Repeat("null", 100_000)) + "] }";

        var error = Assert.Throws<GraphFormatException>(() => JsonGraphReader.Parse(json, "nulls.json"));

        Assert.Equal(GraphFormatException.MaxErrors, error.Errors.Count);
        Assert.Equal(100_000 - GraphFormatException.MaxErrors, error.MoreErrors);
    }

    [Fact]
    public void Graphml_defaults_are_not_copied_into_every_element()
    {
        // Our own export with 1,000 keys with defaults: reading it must not copy 1,000 values into each of its nodes.
        var keys = string.Concat(Enumerable.Range(0, 1000).Select(i => $"<key id=\"k{i}\" for=\"node\" attr.name=\"extra-{i}\"><default>x</default></key>\n"));
        var seeds = GraphMLGraphWriter.WriteToString(Seeds.Load());
        var graphml = seeds.Replace("<graph ", keys + "<graph ", StringComparison.Ordinal);

        var plain = Allocated(() => GraphMLGraphReader.Parse(seeds, "seeds.graphml", new DiplomacyGraph.Formats.GraphReaderOptions { RequireSourceFiles = false }));
        var wide = Allocated(() => GraphMLGraphReader.Parse(graphml, "seeds.graphml", new DiplomacyGraph.Formats.GraphReaderOptions { RequireSourceFiles = false }));

        // Copied, the defaults were 1,000 values × each of the ~100 nodes and edges (about 10 MB); shared, the keys cost a
        // small multiple of their own text.
        Assert.InRange(wide - plain, 0, 20L * keys.Length);
    }

    [Theory]
    [InlineData("# a comment with a NEL \u0085 in it\nentities: [\n", 3)]
    [InlineData("# LINE SEPARATOR \u2028 here\n# PARAGRAPH SEPARATOR \u2029 here\nentities: [\n", 4)]
    public void Yaml_lines_break_at_lf_and_cr_only(string yaml, int line)
    {
        var error = Assert.Single(Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse(yaml, "t.yaml")).Errors);

        Assert.StartsWith("Invalid YAML", error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Location!.Line);
    }

    [Theory]
    [InlineData("\"Pakistan\u2028Afghanistan\"")]
    [InlineData("'Pakistan\u2029Afghanistan'")]
    [InlineData("Pakistan\u2028Afghanistan")]
    public void Line_and_paragraph_separators_in_yaml_scalars_and_comments_are_text(string name)
    {
        var graph = YamlGraphReader.Parse($"# comment \u2028 here\nsources: [{{ id: s, title: S }}]\nentities: [{{ id: a, kind: Country, name: {name}, citations: [{{ source: s, quote: q }}] }}]\n", "t.yaml");

        Assert.Equal(name.Trim('"', '\''), graph.Entities.Single().Name);
        Assert.Contains(graph.Entities.Single().Name[8], "\u2028\u2029");
    }

    [Fact]
    public void The_stand_ins_for_yaml_breaks_are_refused_where_written()
    {
        var error = Assert.Single(Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse("x: 1\ny: a\uFDD0b\n", "t.yaml")).Errors);

        Assert.Equal((2, 5), (error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void An_element_with_too_many_attributes_is_refused_before_the_xml_reader_sees_it()
    {
        // The id and 256 more: 257 attributes, one over the cap.
        var attributes = string.Join(' ', Enumerable.Range(0, 256).Select(i => $"a{i}=\"x\""));
        var graphml = $"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<!-- a=\"1\" b=\"2\" -->\n<graph>\n<node id=\"n\" {attributes}/>\n</graph></graphml>";

        var error = Assert.Single(Assert.Throws<GraphFormatException>(() => GraphMLGraphReader.Parse(graphml, "wide.graphml")).Errors);

        Assert.Contains("more than 256 attributes", error.Message, StringComparison.Ordinal);
        Assert.Equal((4, 1), (error.Location!.Line, error.Location.Column));
        Assert.NotNull(GraphMLGraphReader.Parse(graphml.Replace(" a255=\"x\"", string.Empty, StringComparison.Ordinal), "ok.graphml"));
    }

    private static long Allocated(Func<DiplomaticGraph> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(read());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Foreign_graphml_defaults_that_would_explode_into_attributes_are_refused()
    {
        var keys = string.Concat(Enumerable.Range(0, 2000).Select(i => $"<key id=\"k{i}\" for=\"node\"><default>x</default></key>"));
        var nodes = string.Concat(Enumerable.Range(0, 1000).Select(i => $"<node id=\"n{i}\"/>"));
        var graphml = $"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">{keys}<graph edgedefault=\"undirected\">{nodes}</graph></graphml>";

        var error = Assert.Single(Assert.Throws<GraphFormatException>(() => GraphMLGraphReader.Parse(graphml, "wide.graphml")).Errors);

        Assert.Contains("2,000 keys with a <default> × 501 nodes would give the nodes more than 1,000,000", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Location!.Line); // Refused at the node that crosses the bound, as the nodes stream in.
    }
}

/// <summary>Tests that measure the process's memory run alone, so no other test's allocations are counted.</summary>
[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public sealed class MemoryMeasurements;
