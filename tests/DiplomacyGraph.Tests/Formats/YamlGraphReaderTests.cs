using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Formats;

public class YamlGraphReaderTests
{
    private static GraphFormatException Fails(string yaml, Func<string, string?>? sources = null) =>
        Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse(yaml, "t.yaml", new GraphReaderOptions { SourceFiles = sources }));

    [Fact]
    public void The_every_field_fixture_loads_with_every_field_set()
    {
        var graph = YamlGraphReader.Load(Fixture.Path("every-field.yaml"));

        var followUp = graph.GetEntity("follow-up-visit").Meeting!;
        Assert.Equal([MeetingStatus.Planned, MeetingStatus.Delayed], followUp.Statuses.Select(s => s.Status));
        Assert.Equal(MeetingStatus.Delayed, followUp.Status);
        Assert.Equal("after 2025-04-19/2025-12 (inferred)", followUp.Time.ToString());
        Assert.Equal("Also \"Deputy PM\"", graph.GetEntity("ishaq-dar").Attributes["note"]);
        Assert.False(graph.GetRelationType("neighbours").Directed);
        var alleged = graph.Relations.Single(r => r.Id == "militants-operate-alleged");
        Assert.Equal((Assertion.Alleged, "ishaq-dar"), (alleged.Assertion, alleged.ClaimedBy));
        Assert.Equal(DateBasis.Inferred, graph.GetSource("article").Published.Start!.Value.Basis);
    }

    [Fact]
    public void A_relation_to_a_meeting_without_a_time_takes_the_meetings_time()
    {
        var graph = YamlGraphReader.Load(Fixture.Path("every-field.yaml"));

        Assert.Equal(DateRange.Parse("2025-04-19 (inferred)"), graph.Relations.Single(r => r.Id == "dar-attended-kabul-talks").Time);
    }

    [Fact]
    public void A_relation_between_non_meetings_without_a_time_is_an_error()
    {
        var error = Fails("""
            sources: [{ id: s, title: S }]
            entities: [{ id: a, kind: Country, name: A }, { id: b, kind: Country, name: B }]
            relations:
              - { id: r, type: diplomatic-ties, from: a, to: b, citations: [{ source: s, quote: q }] }
            """).Errors.Single();

        Assert.Equal("time", error.Field);
        Assert.Equal(new FilePosition("t.yaml", 4, 5), error.Location);
    }

    [Fact]
    public void Every_problem_names_file_line_column_and_field()
    {
        var error = Assert.Throws<GraphFormatException>(() => YamlGraphReader.Load(Fixture.Path("four-problems.yaml")));

        var file = Fixture.Path("four-problems.yaml");
        Assert.Collection(
            error.Errors,
            e => Assert.Equal((file, 13, 9, "to"), (e.Location!.File, e.Location.Line, e.Location.Column, e.Field)),
            e => Assert.Equal((file, 20, 11, "time"), (e.Location!.File, e.Location.Line, e.Location.Column, e.Field)),
            e => Assert.Equal((file, 22, 5, "citations"), (e.Location!.File, e.Location.Line, e.Location.Column, e.Field)),
            e => Assert.Equal((file, 34, 16, "citations[0].quote"), (e.Location!.File, e.Location.Line, e.Location.Column, e.Field)));
        Assert.Contains("no day 30", error.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("not found verbatim", error.Errors[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_must_match_its_source_file_character_for_character()
    {
        var yaml = """
            sources: [{ id: s, title: S, file: a.txt }]
            entities: [{ id: a, kind: Country, name: A }, { id: b, kind: Country, name: B }]
            relations:
              - { id: r, type: diplomatic-ties, from: a, to: b, time: 2025, citations: [{ source: s, quote: "Pakistan's view" }] }
            """;

        Assert.NotNull(YamlGraphReader.Parse(yaml, "t.yaml", new GraphReaderOptions { SourceFiles = _ => "Pakistan's view" }));
        var error = Fails(yaml, _ => "Pakistan’s view").Errors.Single();
        Assert.Equal("citations[0].quote", error.Field);
        Assert.Contains("its first 8 characters match", error.Message, StringComparison.Ordinal);
        Assert.Equal("file", Fails(yaml, _ => null).Errors.Single().Field);
        Assert.NotNull(YamlGraphReader.Parse(yaml, "t.yaml", new GraphReaderOptions { SourceFiles = _ => null, RequireSourceFiles = false }));
    }

    [Theory]
    [InlineData("entities: [{ id: a, kind: Country, name: A, nmae: typo }]", "Unknown field 'nmae'")]
    [InlineData("entities: [{ id: a, kind: Nation, name: A }]", "'Nation' is not a EntityKind")]
    [InlineData("entities: [{ id: a, kind: Country }]", "'name' is required")]
    [InlineData("entities: [{ id: a, kind: Country, name: A, aliases: B }]", "'aliases' must be a list")]
    [InlineData("entities: [{ id: a, kind: Meeting, name: A, time: 2025, status: Maybe, citations: [{ source: s, quote: q }] }]", "'Maybe' is not a MeetingStatus")]
    [InlineData("entities: { id: a }", "'entities' must be a list")]
    [InlineData("colour: red", "Unknown field 'colour'")]
    [InlineData("version: 2", "Version '2' is not supported")]
    public void Wrong_shapes_and_typos_are_errors(string yaml, string message)
    {
        Assert.Contains(Fails("sources: [{ id: s, title: S }]\n" + yaml).Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a: &x [1]\nb: *x", "Aliases (*x) are not supported")]
    [InlineData("a: !!python/object:os.system x", "tags")]
    [InlineData("a: 1\na: 2", "Duplicate key 'a'")]
    [InlineData("a: [1, 2", "Invalid YAML")]
    [InlineData("a: 1\n---\nb: 2", "one YAML document")]
    public void Unsafe_or_malformed_YAML_is_rejected_with_a_location(string yaml, string message)
    {
        var error = Fails(yaml).Errors.Single();

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("t.yaml", error.Location!.File);
        Assert.True(error.Location.Line >= 1);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_fails_fast()
    {
        var yaml = new string('[', 100) + new string(']', 100);

        var error = Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse(yaml, "t.yaml", options: new GraphReaderOptions { MaxDepth = 10 }));

        Assert.Contains("deeper than 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_a_mapping_is_an_error()
    {
        var error = Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse("- just\n- a list", "t.yaml")).Errors.Single();

        Assert.Contains("must be a mapping", error.Message, StringComparison.Ordinal);
        Assert.Equal(new FilePosition("t.yaml", 1, 1), error.Location);
    }

    [Fact]
    public void An_empty_document_is_an_empty_graph()
    {
        var graph = YamlGraphReader.Parse(string.Empty);

        Assert.Empty(graph.Entities);
    }

    [Fact]
    public void The_documented_minimal_example_loads()
    {
        var graph = YamlGraphReader.Load(Fixture.Path("docs-examples", "minimal.yaml"));

        Assert.Equal("Foreign Minister", Assert.Single(graph.Relations).Role);
    }
}
