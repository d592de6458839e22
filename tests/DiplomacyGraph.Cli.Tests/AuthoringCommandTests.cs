using Newtonsoft.Json.Linq;

namespace DiplomacyGraph.Tests.Cli;

/// <summary>
/// Bringing one's own article from the shell: <c>new source</c>, <c>cite</c>, <c>sources</c>, <c>validate</c> with
/// <c>--with-seeds</c> and <c>--no-quote-check</c>, <c>--graph</c> with several files, folders and patterns, and exports
/// whose source paths still lead to the texts.
/// </summary>
public sealed class AuthoringCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dipgraph-byo-").FullName;
    private readonly string article;
    private readonly string dataset;

    public AuthoringCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        article = Path.Combine(folder, "sources", "dar-tashkent.txt");
        File.Copy(Fixture.Path("byo", "sources", "dar-tashkent.txt"), article);
        dataset = Path.Combine(folder, "dar-tashkent.yaml");
        File.Copy(Fixture.Path("byo", "dar-tashkent.yaml"), dataset);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void New_source_writes_a_skeleton_that_validates_and_never_overwrites()
    {
        var yaml = Path.Combine(folder, "new.yaml");

        var (code, output, _) = CliHarness.Run("new", "source", article, "--published", "2025-06-03", "--out", yaml);

        Assert.Equal(0, code);
        Assert.Contains("wrote", output, StringComparison.Ordinal);
        var text = File.ReadAllText(yaml);
        Assert.Contains("title: \"Dar meets Uzbek counterpart in Tashkent\"", text, StringComparison.Ordinal);
        Assert.Contains("file: \"sources/dar-tashkent.txt\"", text, StringComparison.Ordinal);
        Assert.Contains("  - id: dar-tashkent\n", text, StringComparison.Ordinal);
        Assert.Equal((0, "valid: 0 entities, 0 relations, 1 sources\n"), Valid(CliHarness.Run("validate", yaml)));

        var again = CliHarness.Run("new", "source", article, "--out", yaml);
        Assert.Equal(2, again.Code);
        Assert.Contains("exists; it is left as it is", again.Err, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(yaml));
    }

    [Fact]
    public void New_source_refuses_an_article_outside_the_yaml_folder_and_bad_values()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(folder, "elsewhere")).FullName;

        Assert.Contains("must be beside or below", CliHarness.Run("new", "source", article, "--out", Path.Combine(elsewhere, "x.yaml")).Err, StringComparison.Ordinal);
        Assert.Contains("--id: 'Bad Id' is not kebab-case", CliHarness.Run("new", "source", article, "--id", "Bad Id", "--out", Path.Combine(folder, "y.yaml")).Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "y.yaml")));
    }

    [Fact]
    public void Cite_prints_the_verbatim_span_as_a_citation_with_its_line_and_column()
    {
        var (code, output, _) = CliHarness.Run("cite", article, "Pakistan's Deputy Prime Minister", "--id", "dar-tashkent");

        Assert.Equal(0, code);
        Assert.Equal($"{article}:3:1\n  {{ source: dar-tashkent, quote: \"Pakistan’s Deputy Prime Minister\" }}\n", output);
    }

    [Fact]
    public void Cite_by_source_id_lists_every_match_and_the_quote_then_validates()
    {
        var (code, output, _) = CliHarness.Run("--with-seeds", "--graph", dataset, "cite", "dar-tashkent", "Tashkent");

        Assert.Equal(0, code);
        Assert.StartsWith("2 matches in sources/dar-tashkent.txt; add words to pick one:\n", output, StringComparison.Ordinal);
        Assert.Contains("sources/dar-tashkent.txt:1:32\n", output, StringComparison.Ordinal);
        Assert.Contains("sources/dar-tashkent.txt:3:76\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cite_json_gives_each_match_and_a_missing_fragment_exits_1()
    {
        var (code, output, _) = CliHarness.Run("cite", article, "railway framework - a project", "--json");

        Assert.Equal(0, code);
        var match = (JObject)JObject.Parse(output)["matches"]!.Single();
        Assert.Equal("railway framework — a project", (string?)match["quote"]);
        Assert.Equal((6, 55), ((int)match["line"]!, (int)match["column"]!));
        Assert.Equal("{ source: dar-tashkent, quote: \"railway framework — a project\" }", (string?)match["citation"]);

        var missing = CliHarness.Run("cite", article, "Islamabad");
        Assert.Equal(1, missing.Code);
        Assert.Contains("'Islamabad' is not in", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_counts_facts_and_uncited_sentences()
    {
        var (code, output, _) = CliHarness.Run("--with-seeds", "--graph", dataset, "sources", "--json", "--uncited");

        Assert.Equal(0, code);
        var rows = JArray.Parse(output);
        Assert.Equal(6, rows.Count);
        var mine = rows.Single(r => (string?)r["id"] == "dar-tashkent");
        Assert.Equal((6, 6, 4), ((int)mine["facts"]!, (int)mine["sentences"]!, (int)mine["uncitedSentences"]!));
        Assert.Equal("2025-06-03", (string?)mine["published"]);
        Assert.Contains("Saidov said Uzbekistan would host a trilateral meeting with Afghanistan later in the year.", mine["uncited"]!.Select(u => (string?)u));
        Assert.All(rows, r => Assert.True((int)r["facts"]! > 0));

        var text = CliHarness.Flat(CliHarness.Run("--with-seeds", "--graph", dataset, "sources").Out);
        Assert.Contains("dar-tashkent: Dar meets Uzbek counterpart in Tashkent — published 2025-06-03; 6 facts; 4 of 6 sentences cited by no fact", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_route_crosses_from_the_seeds_into_ones_own_file()
    {
        var (code, output, _) = CliHarness.Run("--with-seeds", "--graph", folder, "reach", "muttaqi", "bakhtiyor-saidov", "--json");

        Assert.Equal(0, code);
        var json = JObject.Parse(output);
        Assert.Equal("2025-06-03", (string?)json["earliestArrival"]);
        Assert.Equal(
            ["amir-khan-muttaqi", "muhammad-sadiq", "ishaq-dar", "dar-tashkent-visit", "bakhtiyor-saidov"],
            json["path"]!["entities"]!.Select(e => (string?)e["id"]));
    }

    [Fact]
    public void Graph_takes_several_files_a_folder_or_a_pattern_the_shell_did_not_expand()
    {
        var seeds = Path.Combine(Packaging.RepositoryRoot.Path, "seeds");
        string[][] forms =
        [
            ["--graph", seeds],
            ["--graph", Path.Combine(seeds, "*.yaml")],
            ["--graph", .. Directory.GetFiles(seeds, "*.yaml")],
        ];

        foreach (var form in forms)
        {
            var (code, output, err) = CliHarness.Run([.. form, "stats", "--json"]);
            Assert.True(code == 0, err);
            Assert.Equal(Seeds.Load().Entities.Length, (int)JObject.Parse(output)["entities"]!);
        }

        var none = CliHarness.Run("--graph", Path.Combine(folder, "*.yml"), "stats");
        Assert.Equal(2, none.Code);
        Assert.Contains("matches no file", none.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_with_seeds_a_seed_id_is_unknown_and_with_it_the_dataset_validates()
    {
        Assert.Contains("from: Unknown entity id 'ishaq-dar'.", CliHarness.Run("validate", dataset).Err, StringComparison.Ordinal);
        Assert.Equal((0, "valid: 80 entities, 181 relations, 6 sources\n"), Valid(CliHarness.Run("validate", "--with-seeds", dataset)));
    }

    [Fact]
    public void A_missing_source_file_is_an_error_unless_no_quote_check_which_says_so()
    {
        File.Move(article, article + ".moved");

        var strict = CliHarness.Run("validate", "--with-seeds", dataset);
        Assert.Equal(2, strict.Code);
        Assert.Contains("file: Source file 'sources/dar-tashkent.txt' does not exist beside the dataset file", strict.Err, StringComparison.Ordinal);
        Assert.Contains("--no-quote-check", strict.Err, StringComparison.Ordinal);

        var (code, output, err) = CliHarness.Run("validate", "--with-seeds", "--no-quote-check", dataset);
        Assert.Equal(0, code);
        Assert.Equal("valid: 80 entities, 181 relations, 6 sources; the quotes of 1 source file were NOT checked (--no-quote-check)\n", output);
        Assert.Contains("note: source file 'sources/dar-tashkent.txt' does not exist beside the dataset file: its quotes are not checked.", err, StringComparison.Ordinal);

        var json = JObject.Parse(CliHarness.Run("validate", "--with-seeds", "--no-quote-check", dataset, "--json").Out);
        Assert.Equal(1, (int)json["uncheckedSourceFiles"]!);
    }

    [Fact]
    public void An_export_elsewhere_keeps_source_paths_leading_to_the_texts()
    {
        var export = Directory.CreateDirectory(Path.Combine(folder, "exports")).FullName;
        var yaml = Path.Combine(export, "mine.yaml");

        var (code, _, err) = CliHarness.Run("--graph", Path.Combine(Packaging.RepositoryRoot.Path, "seeds"), dataset, "export", "yaml", "--out", yaml);

        Assert.Equal(0, code);
        Assert.Contains("outside the export's folder", err, StringComparison.Ordinal);
        Assert.Contains("quotes will NOT be checked", err, StringComparison.Ordinal);
        var validated = CliHarness.Run("validate", yaml);
        Assert.Equal(0, validated.Code);
        Assert.Contains("6 sources name no file, so their quotes were not checked", validated.Out, StringComparison.Ordinal);

        var above = Path.Combine(folder, "all.yaml");
        Assert.Equal(0, CliHarness.Run("--with-seeds", "--graph", dataset, "export", "yaml", "--out", above).Code);
        Assert.Contains("file: sources/dar-tashkent.txt", File.ReadAllText(above), StringComparison.Ordinal);
        var reloaded = CliHarness.Run("validate", "--no-quote-check", above);
        Assert.Equal(0, reloaded.Code);
        Assert.Contains("the quotes of 5 source files were NOT checked", reloaded.Out, StringComparison.Ordinal);
    }

    private static (int Code, string Out) Valid((int Code, string Out, string Err) run) => (run.Code, run.Out);
}
