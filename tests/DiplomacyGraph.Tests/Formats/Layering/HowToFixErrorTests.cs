using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Tests.Formats.Layering;

/// <summary>
/// Errors that say how to fix them, found modelling a new article: the structural error first and alone, no knock-on
/// errors from one bad field, one message per problem, the first of two duplicates located, tabs and look-alike quote
/// marks named exactly, and a source file that is not there never switching quote checks off unsaid.
/// </summary>
public sealed class HowToFixErrorTests : IDisposable
{
    private const string Article = "Pakistan’s Foreign Minister Ishaq Dar arrived in Tashkent.\n";
    private readonly string folder = Directory.CreateTempSubdirectory("dipgraph-howtofix-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Dataset(string entities, string relations = "[]") => $$"""
        sources: [{ id: s, title: S }]
        entities:
          - { id: dar, kind: Person, name: Dar }
          - { id: visit, kind: Meeting, name: Visit, time: 2025-06, status: Held, citations: [{ source: s, quote: q }] }
        {{entities}}
        relations: {{relations}}
        """;

    private static List<GraphError> Errors(string yaml, GraphReaderOptions? options = null) =>
        [.. Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse(yaml, "mine.yaml", options)).Errors];

    [Fact]
    public void A_wrong_meeting_id_in_to_is_reported_alone_not_as_a_missing_time()
    {
        var errors = Errors(Dataset("", "[{ id: r, type: attended, from: dar, to: vist, citations: [{ source: s, quote: q }] }]"));

        var error = Assert.Single(errors);
        Assert.Equal(("to", "Unknown entity id 'vist'."), (error.Field, error.Message));
    }

    [Fact]
    public void Within_an_element_the_unknown_id_comes_before_a_missing_field()
    {
        var errors = Errors(Dataset("", "[{ id: r, type: met, from: dar, to: nobody }]"));

        Assert.Equal(["to", "citations"], errors.Select(e => e.Field));
        Assert.Equal("Unknown entity id 'nobody'.", errors[0].Message);
    }

    [Fact]
    public void An_entity_with_a_bad_kind_is_still_known_by_its_id()
    {
        var errors = Errors(Dataset("  - { id: saidov, kind: Persn, name: Saidov }", "[{ id: r, type: attended, from: saidov, to: visit, citations: [{ source: s, quote: q }] }]"));

        var error = Assert.Single(errors);
        Assert.Equal("kind", error.Field);
        Assert.StartsWith("'Persn' is not a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_without_a_status_gives_one_error_and_its_relations_still_take_its_time()
    {
        var yaml = """
            sources: [{ id: s, title: S }]
            entities:
              - { id: dar, kind: Person, name: Dar }
              - id: visit
                kind: Meeting
                name: Visit
                time: 2025-06
                status:
                citations: [{ source: s, quote: q }]
            relations: [{ id: r, type: attended, from: dar, to: visit, citations: [{ source: s, quote: q }] }]
            """;

        var error = Assert.Single(Errors(yaml));

        Assert.Equal(("status", 8, "'status' is empty; it is required: write a value."), (error.Field, error.Location!.Line, error.Message));
    }

    [Theory]
    [InlineData("  - { id: x, kind: Person, name: }", "name")]
    [InlineData("  - { id: , kind: Person, name: X }", "id")]
    [InlineData("  - { id: x, kind: , name: X }", "kind")]
    [InlineData("  - { id: x, kind: Person, name: X, citations: [{ source: s, quote: }] }", "citations[0].quote")]
    [InlineData("  - { id: x, kind: Person, name: X, citations: [{ source: , quote: q }] }", "citations[0].source")]
    public void An_empty_value_is_one_error_at_the_value(string entity, string field)
    {
        var error = Assert.Single(Errors(Dataset(entity)));

        Assert.Equal(field, error.Field);
        Assert.EndsWith("is empty; it is required: write a value.", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Location!.Line);
    }

    [Fact]
    public void A_duplicate_id_names_where_the_first_one_is()
    {
        var error = Assert.Single(Errors(Dataset("  - { id: dar, kind: Person, name: Dar again }")));

        Assert.Equal(("mine.yaml", 5, "Duplicate entity id 'dar'; the first is at mine.yaml:3:11."), (error.Location!.File, error.Location.Line, error.Message));
    }

    [Fact]
    public void A_tab_is_reported_where_it_is_with_indent_with_spaces()
    {
        var yaml = "sources:\n  - id: s\n\ttitle: S\n";

        var error = Assert.Single(Errors(yaml));

        Assert.Equal((3, 1), (error.Location!.Line, error.Location.Column));
        Assert.Contains("indent with spaces", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_straight_apostrophe_for_a_curly_one_names_both_characters()
    {
        var error = Assert.Single(ArticleErrors(WithArticle("Pakistan's Foreign Minister")));

        Assert.Contains("then the article has ’ (U+2019 RIGHT SINGLE QUOTATION MARK) where the quote has ' (U+0027 APOSTROPHE)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_differing_character_that_is_no_look_alike_is_named_without_showing_the_article()
    {
        var error = Assert.Single(ArticleErrors(WithArticle("Pakistan’s Foreign Minister Ishaq Dar left")));

        Assert.EndsWith("then l (U+006C) differs.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("arrived", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sources/artcle.txt", "does not exist beside the dataset file")]
    [InlineData("sources", "is a folder, not a file")]
    [InlineData(".", "is the dataset's own folder, not a file")]
    public void A_source_file_that_is_not_a_text_is_an_error_on_file(string file, string expected)
    {
        var path = WriteDataset(file, "Ishaq Dar arrived in Tashkent");

        var error = Assert.Single(Assert.Throws<GraphFormatException>(() => DiplomaticGraph.Load(path)).Errors);

        Assert.Equal(("file", 1), (error.Field, error.Location!.Line));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowing_missing_texts_loads_and_says_which_quotes_went_unchecked()
    {
        var path = WriteDataset("sources/artcle.txt", "words the article does not have");
        var notes = new List<string>();

        var graph = DiplomaticGraph.Load([path], new GraphReaderOptions { RequireSourceFiles = false, Notes = notes.Add });

        Assert.Single(graph.Entities);
        Assert.Equal(["source file 'sources/artcle.txt' does not exist beside the dataset file: its quotes are not checked."], notes);
    }

    private static string WithArticle(string quote) => $$"""
        sources: [{ id: s, title: S, file: article.txt }]
        entities: [{ id: pakistan, kind: Country, name: Pakistan, citations: [{ source: s, quote: "{{quote}}" }] }]
        """;

    private static List<GraphError> ArticleErrors(string yaml) =>
        Errors(yaml, new GraphReaderOptions { SourceFiles = _ => Article });

    private string WriteDataset(string file, string quote)
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.WriteAllText(Path.Combine(folder, "sources", "article.txt"), Article);
        var path = Path.Combine(folder, "mine.yaml");
        File.WriteAllText(path, $"sources: [{{ id: s, title: S, file: \"{file}\" }}]\nentities: [{{ id: dar, kind: Person, name: Dar, citations: [{{ source: s, quote: \"{quote}\" }}] }}]\n");
        return path;
    }
}
