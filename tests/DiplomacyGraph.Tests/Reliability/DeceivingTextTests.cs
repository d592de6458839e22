using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Model;
using DiplomacyGraph.Tests.Cli;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// Text that could deceive a reader: an id with a trailing newline, C1 controls, names that show nothing, bidi
/// overrides and newlines that would forge output rows, escape sequences in messages, and dates beyond the
/// representable days. Each is refused, or shown escaped, at one place for every message and text output.
/// </summary>
public sealed class DeceivingTextTests
{
    private const string Source = "sources: [{ id: s, title: S }]\n";

    [Theory]
    [InlineData("pakistan\n")]
    [InlineData("pakistan\r\n")]
    public void An_id_with_a_trailing_newline_is_not_kebab_case(string id)
    {
        var json = $$"""{ "entities": [ { "id": "pakistan", "kind": "Country", "name": "Pakistan" }, { "id": {{Newtonsoft.Json.JsonConvert.ToString(id)}}, "kind": "Country", "name": "Pakistan" } ] }""";

        var error = Assert.Single(Assert.Throws<GraphFormatException>(() => JsonGraphReader.Parse(json, "t.json")).Errors);

        Assert.Equal("id", error.Field);
        Assert.Contains("kebab-case", error.Message, StringComparison.Ordinal);
        Assert.Contains(DisplayText.Escape(id), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.ToString());
    }

    [Fact]
    public void A_relation_type_with_a_trailing_newline_is_not_a_second_built_in_type()
    {
        var json = """{ "relationTypes": [ { "name": "met\n" } ] }""";

        var error = Assert.Single(Assert.Throws<GraphFormatException>(() => JsonGraphReader.Parse(json, "t.json")).Errors);

        Assert.Equal("name", error.Field);
    }

    [Theory]
    [InlineData("Pak\u0085istan", "U+0085")]
    [InlineData("Pak\u009Bistan", "U+009B")]
    [InlineData("Pak\u007Fistan", "U+007F")]
    public void C1_controls_and_del_are_refused_in_text(string name, string code)
    {
        var error = Assert.Single(Fails($$"""{ "entities": [ { "id": "p", "kind": "Country", "name": {{Json(name)}} } ] }""").Errors);

        Assert.Equal("name", error.Field);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D\u2060")]
    [InlineData(" \u202E ")]
    [InlineData("\uFEFF")]
    public void A_name_that_shows_nothing_is_refused(string name)
    {
        var error = Assert.Single(Fails($$"""{ "entities": [ { "id": "p", "kind": "Country", "name": {{Json(name)}} } ] }""").Errors);

        Assert.Equal("name", error.Field);
        Assert.Contains("shows nothing", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(error.Message, c => c is '\u200B' or '\u202E' or '\uFEFF');
    }

    [Fact]
    public void Error_messages_never_carry_raw_escape_sequences_or_nul()
    {
        var json = """
            { "entities": [ { "id": "x\u001b]0;pwned\u0007\u001b[2J", "kind": "Country", "name": "X" }, { "id": "y", "kind": "Count\u001b[32mry\u0000", "name": "Y" } ],
              "relations": [ { "id": "r\u009b2J", "type": "met\u001b[1m", "from": "x", "to": "y", "time": "2025" } ] }
            """;

        var errors = Fails(json).Errors;

        Assert.True(errors.Count >= 3, string.Join("\n", errors));
        Assert.All(errors, e => Assert.DoesNotContain(e.ToString(), c => c < ' ' || c is >= '\u007F' and <= '\u009F'));
        Assert.Contains(errors, e => e.Message.Contains("x\\u001B]0;pwned\\u0007\\u001B[2J", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("Count\\u001B[32mry\\u0000", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_output_escapes_bidi_overrides_and_newlines_so_no_row_is_forged()
    {
        var folder = Directory.CreateTempSubdirectory("dipgraph-deceive-").FullName;
        var file = Path.Combine(folder, "d.yaml");
        File.WriteAllText(file, """
            entities:
              - { id: fake, kind: Country, name: "\u202Enatsikap", aliases: ["Lahore\nvalid: 999 entities"] }
              - { id: pakistan, kind: Country, name: "Pakistan\n  afghanistan      Country    Afghanistan" }
            """);
        try
        {
            var (code, output, _) = CliHarness.Run("--graph", file, "entities");

            Assert.Equal(0, code);
            Assert.Contains("\\u202Enatsikap", output, StringComparison.Ordinal);
            Assert.DoesNotContain('\u202E', output);
            Assert.Contains("Pakistan\\n  afghanistan", output, StringComparison.Ordinal);
            Assert.DoesNotContain(output.Split('\n'), line => line.TrimStart().StartsWith("afghanistan", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("after 9999-12-31", "No day after 9999-12-31")]
    [InlineData("after 9999", "No day after 9999")]
    [InlineData("before 0001-01-01", "No day before 0001-01-01")]
    [InlineData("2025/before 0001", "No day before 0001")]
    public void A_bound_beyond_the_representable_days_is_refused(string time, string message)
    {
        Assert.False(DateRange.TryParse(time, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_and_last_representable_days_are_closed_ends_in_exports()
    {
        var graph = YamlGraphReader.Parse("""
            sources: [{ id: s, title: S }]
            entities:
              - { id: a, kind: Country, name: A }
              - { id: b, kind: Country, name: B }
            relations:
              - { id: r, type: diplomatic-ties, from: a, to: b, time: 0001-01-01/9999-12-31, citations: [{ source: s, quote: q }] }
            """);

        var edge = System.Xml.Linq.XDocument.Parse(GraphMLGraphWriter.WriteToString(graph)).Descendants().Single(e => e.Name.LocalName == "edge");
        var values = edge.Elements().Select(d => d.Value).ToList();

        Assert.Contains("0001-01-01", values);
        Assert.Contains("9999-12-31", values);
    }

    private static string Json(string text) => Newtonsoft.Json.JsonConvert.ToString(text);

    private static GraphFormatException Fails(string json) =>
        Assert.Throws<GraphFormatException>(() => JsonGraphReader.Parse(json, "t.json"));
}
