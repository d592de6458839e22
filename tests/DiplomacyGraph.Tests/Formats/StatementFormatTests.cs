using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Formats;

/// <summary>Statements, inference marks, source metadata, relation attributes and record citations in YAML, JSON and GraphML.</summary>
public class StatementFormatTests
{
    private static DiplomaticGraph Fixture_() => YamlGraphReader.Load(Fixture.Path("who-said-what.yaml"));

    private static GraphFormatException Fails(string yaml) =>
        Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse("sources: [{ id: s, title: S }]\n" + yaml, "t.yaml"));

    [Fact]
    public void The_fixture_loads_with_every_new_field_set()
    {
        var graph = Fixture_();

        var statement = graph.GetEntity("dar-alleges-militants");
        Assert.Equal(EntityKind.Statement, statement.Kind);
        Assert.Equal((StatementAct.Accuse, SpeechMode.Reported), (statement.Statement!.Act, statement.Statement.Speech));
        Assert.Equal(new[] { "security", "militancy" }, statement.Statement.Topics.ToArray());
        Assert.Equal("2025-04-19 (inferred)", statement.Time.ToString());
        Assert.Equal(Basis.Inferred, graph.GetEntity("ishaq-dar").Basis);
        Assert.StartsWith("the article says", graph.GetEntity("ishaq-dar").Note, StringComparison.Ordinal);

        var onBehalf = graph.Relations.Single(r => r.Id == "pakistan-said-militants");
        Assert.Equal(("on-behalf-of", Basis.Inferred), (onBehalf.Role, onBehalf.Basis));
        Assert.Equal("2025-04-19 (inferred)", onBehalf.Time.ToString());

        var source = graph.GetSource("article");
        Assert.Equal(("https://news.example.org/2025/04/dar-in-kabul", "en"), (source.Url, source.Language));
        Assert.Equal(("2025-04-20", "2025-05-01"), (source.Published.ToString(), source.Retrieved.ToString()));

        var icews = graph.Relations.Single(r => r.Id == "icews-consult");
        Assert.Equal("040", icews.Attributes["cameo"]);
        Assert.Equal(Basis.Stated, icews.Basis);
        Assert.Equal("one ICEWS record; the article reports the same talks", icews.Note);
        Assert.Equal(new RecordCitation("icews-sample", "ICEWS", "26870000"), icews.Citations[0]);
        Assert.IsType<QuoteCitation>(icews.Citations[1]);
    }

    [Fact]
    public void Yaml_to_json_to_graphml_to_yaml_keeps_statements_marks_metadata_attributes_and_records()
    {
        var original = Fixture_();

        var fromJson = JsonGraphReader.Parse(JsonGraphWriter.WriteToString(original), "g.json", new GraphReaderOptions { SourceFiles = Fixture.SourceFiles });
        var fromGraphML = GraphMLGraphReader.Parse(GraphMLGraphWriter.WriteToString(fromJson), "g.graphml", new GraphReaderOptions { SourceFiles = Fixture.SourceFiles });
        var yaml = YamlGraphWriter.WriteToString(fromGraphML);
        var fromYaml = YamlGraphReader.Parse(yaml, "g.yaml", new GraphReaderOptions { SourceFiles = Fixture.SourceFiles });

        GraphAssert.Equivalent(original, fromJson);
        GraphAssert.Equivalent(original, fromGraphML);
        GraphAssert.Equivalent(original, fromYaml);
        Assert.Equal(yaml, YamlGraphWriter.WriteToString(fromYaml));
    }

    [Fact]
    public void The_writers_use_the_documented_keys_and_lower_case_values()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(JsonGraphWriter.WriteToString(Fixture_()));

        var statement = json["entities"]!.Single(e => (string?)e["id"] == "dar-alleges-militants");
        Assert.Equal(("Statement", "accuse", "reported"), ((string?)statement["kind"], (string?)statement["act"], (string?)statement["speech"]));
        var dar = json["entities"]!.Single(e => (string?)e["id"] == "ishaq-dar");
        Assert.Equal("inferred", (string?)dar["basis"]);
        var icews = json["relations"]!.Single(r => (string?)r["id"] == "icews-consult");
        Assert.Equal("12", (string?)icews["attributes"]!["mentions"]);
        Assert.Equal(("icews-sample", "ICEWS", "26870000"), ((string?)icews["citations"]![0]!["source"], (string?)icews["citations"]![0]!["dataset"], (string?)icews["citations"]![0]!["record"]));
        Assert.Null(icews["citations"]![0]!["quote"]);
        Assert.Null(icews["basis"]);
        var source = json["sources"]!.Single(s => (string?)s["id"] == "article");
        Assert.Equal(("https://news.example.org/2025/04/dar-in-kabul", "2025-05-01", "en"), ((string?)source["url"], (string?)source["retrieved"], (string?)source["language"]));
    }

    [Fact]
    public void A_statement_without_act_or_speech_is_an_error_at_its_line()
    {
        var error = Fails("""
            entities:
              - { id: x, kind: Statement, name: X, time: 2025, citations: [{ source: s, quote: q }] }
            """);

        Assert.Equal(["'act' is required.", "'speech' is required."], error.Errors.Select(e => e.Message));
        Assert.All(error.Errors, e => Assert.Equal(new FilePosition("t.yaml", 3, 5), e.Location));
    }

    [Theory]
    [InlineData("act: shout, speech: quoted", "'shout' is not a StatementAct")]
    [InlineData("act: agree, speech: whispered", "'whispered' is not a SpeechMode")]
    [InlineData("act: agree, speech: quoted, status: Held", "Only a Meeting has 'status'")]
    [InlineData("act: agree, speech: quoted, basis: inferred", "a 'note' must say why")]
    [InlineData("act: agree, speech: quoted, basis: guessed, note: n", "'guessed' is not a Basis")]
    public void Wrong_statement_fields_are_errors(string fields, string message)
    {
        var error = Fails($$"""
            entities:
              - { id: x, kind: Statement, name: X, time: 2025, {{fields}}, citations: [{ source: s, quote: q }] }
            """);

        Assert.Contains(error.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ source: s, quote: q, dataset: ICEWS, record: '1' }", "quote", "either a quote or a record")]
    [InlineData("{ source: s, dataset: ICEWS }", "record", "'record' is required")]
    [InlineData("{ source: s, record: '1' }", "dataset", "'dataset' is required")]
    [InlineData("{ source: s }", "quote", "'quote' is required")]
    public void A_citation_is_a_quote_or_a_whole_record(string citation, string field, string message)
    {
        var error = Fails($"""
            entities: [{"{"} id: a, kind: Country, name: A {"}"}, {"{"} id: b, kind: Country, name: B {"}"}]
            relations:
              - {"{"} id: r, type: met, from: a, to: b, time: 2025, citations: [{citation}] {"}"}
            """);

        var only = Assert.Single(error.Errors);
        Assert.Equal($"citations[0].{field}", only.Field);
        Assert.Contains(message, only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_to_a_statement_without_a_time_takes_the_statements_time_in_every_format()
    {
        var yaml = """
            sources: [{ id: s, title: S }]
            entities:
              - { id: dar, kind: Person, name: Dar }
              - { id: x, kind: Statement, name: X, act: request, speech: quoted, time: 2025-04-19, citations: [{ source: s, quote: q }] }
            relations:
              - { id: said, type: said, from: dar, to: x, role: speaker, citations: [{ source: s, quote: q }] }
            """;

        var graph = YamlGraphReader.Parse(yaml, "t.yaml");
        var viaJson = JsonGraphReader.Parse(JsonGraphWriter.WriteToString(graph));

        Assert.Equal("2025-04-19", graph.Relations.Single().Time.ToString());
        Assert.Equal("2025-04-19", viaJson.Relations.Single().Time.ToString());
    }
}

public class KindFieldTests
{
    [Theory]
    [InlineData("{ id: x, kind: Person, name: X, time: 2025 }", "time", "Only a Meeting or Statement has 'time'")]
    [InlineData("{ id: x, kind: Place, name: X, topics: [a] }", "topics", "Only a Meeting or Statement has 'topics'")]
    [InlineData("{ id: x, kind: Country, name: X, act: agree }", "act", "Only a Statement has 'act'")]
    [InlineData("{ id: x, kind: Meeting, name: X, time: 2025, status: Held, speech: quoted, citations: [{ source: s, quote: q }] }", "speech", "Only a Statement has 'speech'")]
    public void A_field_of_another_kind_is_an_error_at_its_key(string entity, string field, string message)
    {
        var error = Assert.Single(Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse($"sources: [{{ id: s, title: S }}]\nentities:\n  - {entity}\n", "t.yaml")).Errors);

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Location!.Line);
    }

    [Fact]
    public void A_meeting_without_a_status_is_one_error()
    {
        var error = Assert.Single(Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse(
            "sources: [{ id: s, title: S }]\nentities:\n  - { id: x, kind: Meeting, name: X, time: 2025, citations: [{ source: s, quote: q }] }\n", "t.yaml")).Errors);

        Assert.Equal(("status", "'status' is required."), (error.Field, error.Message));
    }
}

public class UnknownKindTests
{
    [Fact]
    public void An_unknown_kind_is_one_error_not_one_per_kind_field()
    {
        var error = Assert.Single(Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse(
            "entities:\n  - { id: x, kind: Nation, name: X, time: 2025, act: agree }\n", "t.yaml")).Errors);

        Assert.Equal("kind", error.Field);
    }
}
