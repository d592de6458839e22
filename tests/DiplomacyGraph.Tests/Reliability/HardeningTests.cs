using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>What each hostile or broken input is told, and that the limits hold without eating memory.</summary>
public class HardeningTests(GeneratedInputs generated) : IClassFixture<GeneratedInputs>
{
    private static string Nasty(string name) => Path.Combine(ErrorContractTests.CommittedFolder, name);

    private static GraphError OnlyError(string loader, string path, GraphReaderOptions? options = null) =>
        Assert.Single(Assert.IsType<GraphFormatException>(Loaders.LoadByContract(loader, path, options)).Errors);

    [Fact]
    public void An_alias_bomb_fails_at_the_first_alias_without_expanding_anything()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = OnlyError("yaml-file", Nasty("alias-bomb.yaml"));

        // Expanded, the bomb is 9^9 strings (gigabytes); refused at the first alias, loading allocates a few kilobytes.
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 4 * 1024 * 1024);
        Assert.Contains("Aliases (*a) are not supported", error.Message, StringComparison.Ordinal);
        Assert.Equal((3, 8), (error.Location!.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("billion-laughs.graphml")]
    [InlineData("external-entity.graphml")]
    [InlineData("xml-doctype.graphml")]
    public void A_graphml_doctype_is_refused_before_any_entity_is_expanded_or_fetched(string file)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = OnlyError("graphml-file", Nasty(file));

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 4 * 1024 * 1024);
        Assert.StartsWith("A DOCTYPE is not allowed in GraphML", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Location!.Line);
    }

    [Fact]
    public void A_merge_key_is_refused_like_any_alias()
    {
        Assert.Contains("Aliases (*base)", OnlyError("yaml-file", Nasty("merge-key-alias.yaml")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_tags_are_refused_and_nothing_is_instantiated()
    {
        var error = OnlyError("yaml-file", Nasty("type-tags.yaml"));

        Assert.Contains("YAML tags (tag:yaml.org,2002:python/object/apply:os.system) are not supported", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Location!.Line);
    }

    [Fact]
    public void Json_type_names_are_plain_unknown_fields()
    {
        var errors = Assert.IsType<GraphFormatException>(Loaders.LoadByContract("json-file", Nasty("json-type-names.json"))).Errors;

        Assert.Equal(["$type", "$type"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.StartsWith("Unknown field '$type'", e.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("invalid-utf8.yaml", "yaml-file", 4, 15, "byte 0xC3 at offset 44")]
    [InlineData("invalid-utf8.json", "json-file", 1, 71, "byte 0xFF at offset 70")]
    [InlineData("utf8-encoded-surrogate.yaml", "yaml-file", 3, 40, "byte 0xED at offset 60")]
    [InlineData("invalid-utf8-cr-lines.yaml", "yaml-file", 3, 25, "byte 0xC3 at offset 44")]
    public void Invalid_utf8_is_an_error_at_its_line_and_column_not_a_replacement_character(string file, string loader, int line, int column, string bytes)
    {
        var error = OnlyError(loader, Nasty(file));

        Assert.StartsWith("The file is not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains(bytes, error.Message, StringComparison.Ordinal);
        Assert.Equal(new FilePosition(Nasty(file), line, column), error.Location);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_dropped_and_a_utf16_one_is_refused()
    {
        Assert.Equal("Aé", YamlGraphReader.Load(Nasty("valid-utf8-bom.yaml")).GetEntity("a").Name);
        Assert.Equal("A", JsonGraphReader.Load(Nasty("valid-utf8-bom.json")).GetEntity("a").Name);
        Assert.Contains("save it as UTF-8", OnlyError("yaml-file", Nasty("utf16-bom.yaml")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_files_load_with_lf_in_values_and_errors_on_the_right_line()
    {
        var graph = YamlGraphReader.Load(Nasty("valid-crlf.yaml"));
        var error = OnlyError("yaml-file", Nasty("crlf-error.yaml"));

        Assert.Equal("A continued", graph.GetEntity("a").Name);
        Assert.Equal(("kind", 7, 11), (error.Field, error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void Duplicate_keys_name_the_key_and_its_second_place()
    {
        var yaml = OnlyError("yaml-file", Nasty("duplicate-keys.yaml"));
        var json = OnlyError("json-file", Nasty("duplicate-keys.json"));

        Assert.Equal(("name", 6, 5), (yaml.Field, yaml.Location!.Line, yaml.Location.Column));
        Assert.Contains("Duplicate key 'name'", json.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deep-nesting-sequences.yaml", "yaml-file")]
    [InlineData("deep-nesting-mappings.yaml", "yaml-file")]
    [InlineData("deep-nesting-block.yaml", "yaml-file")]
    [InlineData("deep-nesting.json", "json-file")]
    public void Deep_nesting_stops_at_the_depth_limit(string file, string loader)
    {
        var error = OnlyError(loader, generated.Of(file));

        Assert.Contains("deeper than 64", error.Message, StringComparison.Ordinal);
        Assert.True(error.Location!.Line < 70, $"stopped late: {error}");
    }

    [Theory]
    [InlineData("valid-10mb-single-line.yaml", "yaml-file")]
    [InlineData("valid-10mb-single-line.json", "json-file")]
    public void A_10_mb_single_line_loads_whole_and_is_refused_over_a_lower_size_limit(string file, string loader)
    {
        var graph = Loaders.All[loader](generated.Of(file), GraphReaderOptions.Default);
        var error = OnlyError(loader, generated.Of(file), new GraphReaderOptions { MaxDocumentSize = 1024 * 1024 });

        Assert.Equal(GeneratedInputs.TenMegabytes, graph.GetSource("s").Title.Length);
        Assert.Contains("over the limit of 1,048,576 (GraphReaderOptions.MaxDocumentSize)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("huge-key.yaml", "yaml-file")]
    [InlineData("huge-key.json", "json-file")]
    public void A_huge_key_is_named_in_an_error_of_readable_length(string file, string loader)
    {
        var error = OnlyError(loader, generated.Of(file));

        Assert.StartsWith("Unknown field 'kkkk", error.Message, StringComparison.Ordinal);
        Assert.Contains("characters left out", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Message.Length, 100, GraphError.MaxMessageLength + 60);
        Assert.InRange(error.Field!.Length, 100, 260);
    }

    [Fact]
    public void The_size_limit_applies_to_text_as_well_as_files()
    {
        var limits = new GraphReaderOptions { MaxDocumentSize = 10 };

        Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse("version: 1\n# long enough", options: limits));
        Assert.Throws<GraphFormatException>(() => JsonGraphReader.Parse("{ \"version\": 1 }", options: limits));
    }

    [Fact]
    public void Huge_numbers_are_text_or_located_errors()
    {
        var yaml = Assert.IsType<GraphFormatException>(Loaders.LoadByContract("yaml-file", Nasty("huge-numbers.yaml"))).Errors;
        var json = Assert.IsType<GraphFormatException>(Loaders.LoadByContract("json-file", Nasty("huge-numbers.json"))).Errors;
        var overflow = OnlyError("json-file", Nasty("fuzz-json-decimal-overflow.json"));

        Assert.Contains(yaml, e => e.Field == "version" && e.Message.Contains("123456789012345678901234567890", StringComparison.Ordinal));
        Assert.Contains(yaml, e => e.Field == "published");
        Assert.Contains(yaml, e => e.Field == "time");
        Assert.NotEmpty(json);
        Assert.Contains("could not read this value", overflow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_files_must_stay_inside_the_datasets_folder()
    {
        var errors = Assert.IsType<GraphFormatException>(Loaders.LoadByContract("yaml-file", Nasty("source-outside-folder.yaml"))).Errors;

        Assert.Equal(["up", "rooted", "url", "device"], errors.Select(e => e.ElementId));
        Assert.All(errors, e => Assert.Equal("file", e.Field));
        Assert.Contains("leaves the dataset's folder", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("is absolute", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("is not a file path", errors[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("after 222222222222225-1 (inferred)")]
    [InlineData("99999999999")]
    [InlineData("2025-4294967297")]
    public void A_date_with_more_digits_than_an_int_holds_is_not_a_date(string text)
    {
        Assert.False(DiplomacyGraph.Model.DateRange.TryParse(text, out _, out var error));
        Assert.Contains("is not a date", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_overflow_found_by_fuzzing_is_a_located_error()
    {
        // The fuzzer's input also holds a NUL between tokens and raw controls in strings, which Newtonsoft took and strict
        // JSON refuses at their place; with them blanked out, the date overflow it found is still a located error.
        var error = Assert.Single(Assert.IsType<GraphFormatException>(Loaders.LoadByContract("json-file", Nasty("fuzz-json-date-int-overflow.json"))).Errors);
        Assert.Contains("U+0000", error.Message, StringComparison.Ordinal);

        var errors = Assert.Throws<GraphFormatException>(() => JsonGraphReader.Parse(new string([.. File.ReadAllText(Nasty("fuzz-json-date-int-overflow.json")).Select(c => c < ' ' && c != '\n' ? ' ' : c)]), "fuzz.json")).Errors;
        Assert.Contains(errors, e => e.Field == "time" && e.Message.Contains("222222222222225-1", StringComparison.Ordinal) && e.Message.Contains("is not a date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"bell\\a\"", "U+0007 at character 5")]
    [InlineData("\"nul\\0\"", "U+0000 at character 4")]
    public void Text_that_xml_cannot_carry_is_an_error_on_its_field(string name, string what)
    {
        var error = Assert.Single(Assert.Throws<GraphFormatException>(() => YamlGraphReader.Parse($"entities: [{{ id: a, kind: Person, name: {name} }}]", "t.yaml")).Errors);

        Assert.Equal(("name", "a"), (error.Field, error.ElementId));
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.Equal(new FilePosition("t.yaml", 1, 41), error.Location);
    }

    [Fact]
    public void An_unpaired_surrogate_given_through_the_builder_is_an_error_on_its_field()
    {
        var builder = TestGraphs.Builder().AddEntity(new DiplomacyGraph.Model.Entity { Id = "a", Kind = DiplomacyGraph.Model.EntityKind.Person, Name = "lone \uD800" });

        var error = Assert.Single(Assert.Throws<GraphFormatException>(builder.Build).Errors);

        Assert.Equal(("name", "a"), (error.Field, error.ElementId));
        Assert.Contains("U+D800 at character 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_yaml_scanner_crash_found_by_fuzzing_is_a_located_error()
    {
        var error = OnlyError("yaml-file", Nasty("fuzz-yaml-scanner-invalid-operation.yaml"));

        Assert.Equal("Invalid YAML: The YAML parser could not read past here: Operation is not valid due to the current state of the object.", error.Message);
        Assert.Equal((6, 51), (error.Location!.Line, error.Location.Column));
    }
}
