using DiplomacyGraph.Model;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Graph;

/// <summary>The builder's rules for statements, inference marks, record citations, source metadata and inherited times.</summary>
public class StatementRulesTests
{
    private static Entity Statement(string id, string time = "2025-04-19", StatementAct act = StatementAct.Request) => new()
    {
        Id = id, Kind = EntityKind.Statement, Name = id, Citations = [Cite()],
        Statement = new StatementDetails { Act = act, Speech = SpeechMode.Quoted, Time = DateRange.Parse(time) },
    };

    private static Relation Untimed(string id, string type, string from, string to) => new()
    {
        Id = id, Type = type, From = from, To = to, Citations = [Cite()],
    };

    private static GraphFormatException Fails(GraphBuilder builder) => Assert.Throws<GraphFormatException>(builder.Build);

    [Fact]
    public void A_statement_with_speakers_an_occasion_and_a_subject_builds()
    {
        var graph = Builder()
            .AddEntity(Entity("dar"))
            .AddEntity(Entity("ttp", EntityKind.Organization))
            .AddEntity(Meeting("kabul-visit", "2025-04"))
            .AddEntity(Statement("dar-warns"))
            .AddRelation(Untimed("dar-said", "said", "dar", "dar-warns") with { Role = "speaker" })
            .AddRelation(Untimed("said-in-kabul", "said-at", "dar-warns", "kabul-visit"))
            .AddRelation(Untimed("about-ttp", "about", "dar-warns", "ttp"))
            .Build();

        var statement = graph.GetEntity("dar-warns");
        Assert.Equal((StatementAct.Request, SpeechMode.Quoted), (statement.Statement!.Act, statement.Statement.Speech));
        Assert.Equal(DateRange.Parse("2025-04-19"), statement.Time);
    }

    [Fact]
    public void A_relation_without_a_time_takes_the_statements_time_before_the_meetings()
    {
        var graph = Builder()
            .AddEntity(Entity("dar"))
            .AddEntity(Meeting("kabul-visit", "2025-04"))
            .AddEntity(Statement("dar-warns"))
            .AddRelation(Untimed("dar-said", "said", "dar", "dar-warns"))
            .AddRelation(Untimed("said-in-kabul", "said-at", "dar-warns", "kabul-visit"))
            .AddRelation(Untimed("dar-went", "attended", "dar", "kabul-visit"))
            .AddRelation(Relation("dar-said-later", "said", "dar", "dar-warns", "2025-05"))
            .Build();

        Assert.Equal("2025-04-19", graph.Relations.Single(r => r.Id == "dar-said").Time.ToString());
        Assert.Equal("2025-04-19", graph.Relations.Single(r => r.Id == "said-in-kabul").Time.ToString());
        Assert.Equal("2025-04", graph.Relations.Single(r => r.Id == "dar-went").Time.ToString());
        Assert.Equal("2025-05", graph.Relations.Single(r => r.Id == "dar-said-later").Time.ToString());
    }

    [Fact]
    public void A_statement_needs_an_act_a_speech_mode_and_its_words()
    {
        var error = Fails(Builder()
            .AddEntity(new Entity { Id = "bare", Kind = EntityKind.Statement, Name = "Bare" })
            .AddEntity(Statement("silent") with { Citations = [] })
            .AddEntity(Statement("odd") with { Statement = new StatementDetails { Act = (StatementAct)99, Speech = (SpeechMode)7 } })
            .AddEntity(Entity("dar") with { Statement = new StatementDetails { Act = StatementAct.Comment, Speech = SpeechMode.Reported } }));

        Assert.Contains(error.Errors, e => e.ElementId == "bare" && e.Field == "act");
        Assert.Contains(error.Errors, e => e.ElementId == "bare" && e.Field == "citations");
        Assert.Contains(error.Errors, e => e.ElementId == "silent" && e.Field == "citations" && e.Message.Contains("its words", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.ElementId == "odd" && e.Field == "act");
        Assert.Contains(error.Errors, e => e.ElementId == "odd" && e.Field == "speech");
        Assert.Contains(error.Errors, e => e.ElementId == "dar" && e.Message.Contains("Only a Statement", StringComparison.Ordinal));
    }

    [Fact]
    public void Said_joins_an_actor_to_a_statement_and_said_at_a_statement_to_a_meeting()
    {
        var error = Fails(Builder()
            .AddEntity(Entity("dar"))
            .AddEntity(Entity("kabul", EntityKind.Place))
            .AddEntity(Statement("dar-warns"))
            .AddRelation(Relation("said-place", "said", "dar", "kabul"))
            .AddRelation(Relation("said-at-place", "said-at", "dar-warns", "kabul"))
            .AddRelation(Relation("about-from-person", "about", "dar", "kabul")));

        Assert.Contains(error.Errors, e => e.ElementId == "said-place" && e.Field == "to");
        Assert.Contains(error.Errors, e => e.ElementId == "said-at-place" && e.Field == "to");
        Assert.Contains(error.Errors, e => e.ElementId == "about-from-person" && e.Field == "from");
    }

    [Fact]
    public void An_inferred_entity_or_relation_needs_a_note_saying_why()
    {
        var error = Fails(Builder()
            .AddEntity(Entity("dar") with { Basis = Basis.Inferred })
            .AddEntity(Entity("muttaqi") with { Basis = Basis.Inferred, Note = "002 names him; 000 does not" })
            .AddRelation(Relation("met", "met", "dar", "muttaqi") with { Basis = Basis.Inferred, Note = "  " })
            .AddRelation(Relation("met-again", "met", "dar", "muttaqi") with { Basis = (Basis)5 }));

        Assert.Equal(
            [("dar", "note"), ("met", "note"), ("met-again", "basis")],
            error.Errors.Select(e => (e.ElementId, e.Field)).OrderBy(e => e.ElementId, StringComparer.Ordinal));
    }

    [Fact]
    public void A_record_citation_needs_a_dataset_and_a_record_and_is_not_checked_against_any_text()
    {
        var builder = Builder()
            .AddEntity(Entity("pakistan", EntityKind.Country))
            .AddEntity(Entity("afghanistan", EntityKind.Country))
            .AddRelation(Relation("ok", "met", "pakistan", "afghanistan", citations: [new RecordCitation(TestGraphs.Source, "ICEWS", "26870000")]))
            .AddRelation(Relation("no-dataset", "met", "pakistan", "afghanistan", citations: [new RecordCitation(TestGraphs.Source, " ", "1")]))
            .AddRelation(Relation("no-record", "met", "pakistan", "afghanistan", citations: [new RecordCitation(TestGraphs.Source, "GDELT", "")]));
        builder.SourceText = _ => "a quote";

        var error = Fails(builder);

        Assert.Equal(
            [("no-dataset", "citations[0].dataset"), ("no-record", "citations[0].record")],
            error.Errors.Select(e => (e.ElementId, e.Field)));
    }

    [Fact]
    public void A_quote_citation_is_still_checked_verbatim()
    {
        var builder = Builder()
            .AddEntity(Entity("dar"))
            .AddEntity(Statement("dar-warns") with { Citations = [new QuoteCitation(TestGraphs.Source, "words not in the text")] });
        builder.SourceText = _ => "a quote";

        var error = Assert.Single(Fails(builder).Errors);

        Assert.Equal(("dar-warns", "citations[0].quote"), (error.ElementId, error.Field));
    }

    [Theory]
    [InlineData("ftp://example.org/a", null, "url")]
    [InlineData("not a url", null, "url")]
    [InlineData(null, "English", "language")]
    [InlineData(null, "e", "language")]
    public void A_source_url_must_be_http_and_a_language_a_tag(string? url, string? language, string field)
    {
        var error = Assert.Single(Fails(new GraphBuilder().AddSource(new Source { Id = "s", Title = "S", Url = url, Language = language })).Errors);

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Source_metadata_is_kept()
    {
        var source = new Source
        {
            Id = "s", Title = "S", Url = "https://example.org/a", Language = "ps-AF",
            Published = DateRange.Parse("2025-04-20"), Retrieved = DateRange.Parse("2025-05-01"),
        };

        Assert.Equal(source, new GraphBuilder().AddSource(source).Build().GetSource("s"));
    }

    [Fact]
    public void Relation_attributes_are_checked_like_entity_attributes()
    {
        var error = Assert.Single(Fails(Builder()
            .AddEntity(Entity("a", EntityKind.Country))
            .AddEntity(Entity("b", EntityKind.Country))
            .AddRelation(Relation("r", "met", "a", "b") with { Attributes = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(new Dictionary<string, string> { ["cameo"] = "04\u0001" }) })).Errors);

        Assert.Equal(("r", "attributes.cameo"), (error.ElementId, error.Field));
    }

    [Fact]
    public void Entities_and_relations_are_records_whose_equality_stays_identity()
    {
        var dar = Entity("dar");
        var copy = dar with { };

        Assert.NotEqual(dar, copy);
        Assert.Equal(dar, dar);
        Assert.Equal(dar.Name, copy.Name);
    }
}
