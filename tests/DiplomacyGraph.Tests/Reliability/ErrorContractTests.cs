namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// The one error contract: every loader, fed every nasty input (committed under NastyInputs/, plus generated
/// huge ones), returns a valid graph or throws <see cref="GraphFormatException"/> with located, readable errors.
/// Nothing else escapes. Files named <c>valid-*</c> must load with their own format's loader; every other
/// file must be rejected by it.
/// </summary>
public class ErrorContractTests(GeneratedInputs generated) : IClassFixture<GeneratedInputs>
{
    public static string CommittedFolder => Path.Combine(AppContext.BaseDirectory, "Reliability", "NastyInputs");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var committed = Directory.EnumerateFiles(CommittedFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        foreach (var file in committed.Concat(GeneratedInputs.Names))
        {
            foreach (var loader in Loaders.All.Keys)
            {
                data.Add(file!, loader);
            }
        }

        return data;
    }

    [Fact]
    public void The_corpus_holds_every_kind_of_nasty_input_the_issue_names()
    {
        var names = Directory.EnumerateFiles(CommittedFolder).Select(Path.GetFileName).Concat(GeneratedInputs.Names).ToList();

        foreach (var kind in new[] { "truncated", "wrong-types", "huge-numbers", "invalid-utf8", "bom", "crlf", "duplicate-keys", "deep-nesting", "alias-bomb", "doctype", "billion-laughs", "external-entity", "10mb-single-line", "fuzz-" })
        {
            Assert.Contains(names, n => n!.Contains(kind, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_loader_returns_a_graph_or_a_located_format_error(string file, string loader)
    {
        var path = PathOf(file);

        var error = Loaders.LoadByContract(loader, path);

        if (loader == Loaders.Own(path))
        {
            var shouldLoad = file.StartsWith("valid-", StringComparison.Ordinal);
            Assert.True(shouldLoad == (error is null), shouldLoad ? $"{file} should load: {error?.Message}" : $"{file} should be rejected but loaded");
        }
    }

    private string PathOf(string file) =>
        GeneratedInputs.Names.Contains(file) ? generated.Of(file) : Path.Combine(CommittedFolder, file);
}
