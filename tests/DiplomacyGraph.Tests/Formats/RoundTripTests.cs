using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Tests.Formats;

public class RoundTripTests
{
    [Fact]
    public void Yaml_to_json_to_yaml_keeps_every_field()
    {
        var original = YamlGraphReader.Load(Fixture.Path("every-field.yaml"));

        var json = JsonGraphWriter.WriteToString(original);
        var fromJson = JsonGraphReader.Parse(json, "g.json", new GraphReaderOptions { SourceFiles = Fixture.SourceFiles });
        var yaml = YamlGraphWriter.WriteToString(fromJson);
        var fromYaml = YamlGraphReader.Parse(yaml, "g.yaml", new GraphReaderOptions { SourceFiles = Fixture.SourceFiles });

        GraphAssert.Equivalent(original, fromJson);
        GraphAssert.Equivalent(original, fromYaml);
        Assert.Equal(yaml, YamlGraphWriter.WriteToString(fromYaml));
        Assert.Equal(json, JsonGraphWriter.WriteToString(fromYaml));
    }

    [Fact]
    public void The_round_trip_comparison_notices_a_changed_field()
    {
        var original = YamlGraphReader.Load(Fixture.Path("every-field.yaml"));
        var json = JsonGraphWriter.WriteToString(original).Replace("\"role\": \"guest\"", "\"role\": \"host\"", StringComparison.Ordinal);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => GraphAssert.Equivalent(original, JsonGraphReader.Parse(json)));
    }

    [Fact]
    public void Json_names_its_format_and_version_and_writes_booleans_as_booleans()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(JsonGraphWriter.WriteToString(YamlGraphReader.Load(Fixture.Path("every-field.yaml"))));

        Assert.Equal("diplomacy-graph", (string?)json["format"]);
        Assert.Equal(1, (int?)json["version"]);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Boolean, json["relationTypes"]![1]!["directed"]!.Type);
    }

    [Fact]
    public void Json_errors_carry_line_and_column()
    {
        var error = Assert.Throws<GraphFormatException>(() => JsonGraphReader.Parse("{\n  \"entities\": [\n    { \"id\": \"a\", \"kind\": \"Country\" }\n  ]\n}", "g.json")).Errors.Single();

        Assert.Equal("name", error.Field);
        Assert.Equal(new FilePosition("g.json", 3, 5), error.Location);
    }

    [Theory]
    [InlineData("{\"a\": 1, \"a\": 2}", "Duplicate key 'a'")]
    [InlineData("{\"entities\": [", "Invalid JSON")]
    [InlineData("{} {}", "Unexpected content after the JSON document")]
    [InlineData("{\"$type\": \"System.IO.FileInfo\"}", "Unknown field '$type'")]
    public void Malformed_or_hostile_json_is_a_format_error(string json, string message)
    {
        var error = Assert.Throws<GraphFormatException>(() => JsonGraphReader.Parse(json, "g.json"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
