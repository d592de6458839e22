using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.GraphML;

namespace DiplomacyGraph.Tests.Formats.GraphML;

public class GraphMLReaderSafetyTests
{
    private const string Minimal = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <graph edgedefault="directed">
            <node id="a"/>
          </graph>
        </graphml>
        """;

    [Fact]
    public void A_doctype_with_an_external_entity_is_refused_and_its_content_never_appears()
    {
        var secret = Path.Combine(Directory.CreateTempSubdirectory("dipgraph-xxe-").FullName, "secret.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        var graphml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE graphml [ <!ENTITY leak SYSTEM "file://{secret}"> ]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="label" attr.type="string"/>
              <graph edgedefault="directed"><node id="a"><data key="d0">&leak;</data></node></graph>
            </graphml>
            """;

        var error = Assert.Throws<GraphFormatException>(() => GraphMLGraphReader.Parse(graphml, "evil.graphml")).Errors.Single();

        Assert.Contains("DOCTYPE is not allowed", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing is fetched", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(new FilePosition("evil.graphml", 2, 1), error.Location);
    }

    [Fact]
    public void An_internal_entity_expansion_bomb_is_refused_before_any_expansion()
    {
        var graphml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="&lol2;"/></graph></graphml>
            """;

        var error = Assert.Throws<GraphFormatException>(() => GraphMLGraphReader.Parse(graphml, "bomb.graphml")).Errors.Single();

        Assert.Contains("DOCTYPE is not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_is_a_format_error_with_line_and_column()
    {
        var graphml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n  <graph>\n    <node id=\"a\">\n  </graph>\n</graphml>";

        var error = Assert.Throws<GraphFormatException>(() => GraphMLGraphReader.Parse(graphml, "broken.graphml")).Errors.Single();

        Assert.StartsWith("Invalid XML:", error.Message, StringComparison.Ordinal);
        Assert.Equal("broken.graphml", error.Location!.File);
        Assert.Equal(4, error.Location.Line);
        Assert.Equal(5, error.Location.Column);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_before_parsing()
    {
        var error = Assert.Throws<GraphFormatException>(() =>
            GraphMLGraphReader.Parse(Minimal, "big.graphml", options: new GraphReaderOptions { MaxDocumentSize = 100 })).Errors.Single();

        Assert.Contains("MaxDocumentSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var graphml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\"a\"><data key=\"d\">"
            + string.Concat(Enumerable.Repeat("<x>", 10)) + string.Concat(Enumerable.Repeat("</x>", 10)) + "</data></node></graph></graphml>";

        var error = Assert.Throws<GraphFormatException>(() =>
            GraphMLGraphReader.Parse(graphml, "deep.graphml", options: new GraphReaderOptions { MaxDepth = 6 })).Errors.Single();

        Assert.Contains("MaxDepth", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<root/>", "not GraphML")]
    [InlineData("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>", "holds no <graph>")]
    [InlineData("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\"a\"><graph/></node></graph></graphml>", "Nested graphs")]
    [InlineData("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><hyperedge/></graph></graphml>", "Hyperedges")]
    [InlineData("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node/></graph></graphml>", "needs a 'id'")]
    public void Graphml_the_reader_cannot_take_is_a_format_error(string graphml, string message)
    {
        var error = Assert.Throws<GraphFormatException>(() => GraphMLGraphReader.Parse(graphml, "x.graphml"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
