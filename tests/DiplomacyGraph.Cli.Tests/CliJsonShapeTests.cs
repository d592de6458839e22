using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using static DiplomacyGraph.Tests.Cli.CliHarness;

namespace DiplomacyGraph.Tests.Cli;

/// <summary>
/// Every command's JSON is what docs/cli-json.md documents: the output, parsed, matches a hand-written expected file
/// (Expected/NAME.json, written from the docs and the fixtures, not from the code; the notation is in Expected/README.md),
/// the shared rows those files use (Expected/rows.json) list exactly the documented fields with the documented optional
/// ones, and the docs list exactly the records' properties.
/// </summary>
public partial class CliJsonShapeTests
{
    private static readonly string ExpectedFolder = Path.Combine(AppContext.BaseDirectory, "Expected");

    private static readonly JObject Rows = JObject.Parse(File.ReadAllText(Path.Combine(ExpectedFolder, "rows.json")));

    public static TheoryData<string, string[]> Commands() => new()
    {
        { "stats", ["stats", "--json"] },
        { "import-gdelt-3-rows", ["import", "gdelt", Fixture.Path("events", "gdelt2-export-3-rows.csv"), "--json"] },
        { "validate-every-field", ["validate", Fixture.Path("every-field.yaml"), "--json"] },
        { "validate-four-problems", ["validate", Fixture.Path("four-problems.yaml"), "--json"] },
        { "entities", ["entities", "--json"] },
        { "show-meeting", ["show", "sadiq-muttaqi-meeting-2025-03-22", "--json"] },
        { "history-pakistan-afghanistan", ["history", "pakistan", "afghanistan", "--json"] },
        { "timeline-sadiq", ["timeline", "sadiq", "--json"] },
        { "path-baloch-muttaqi-k2", ["path", "baloch", "muttaqi", "--k", "2", "--json"] },
        { "reach-muttaqi-dar", ["reach", "muttaqi", "dar", "--start", "2025-03-01", "--json"] },
        { "reach-dar-muttaqi-not-reached", ["reach", "dar", "muttaqi", "--start", "2025-12-01", "--json"] },
        { "as-of", ["as-of", "2025-04-01", "--json"] },
        { "holders-spokesperson-at", ["holders", "pakistan-foreign-office", "spokesperson", "--at", "2025-04-01", "--json"] },
        { "contradictions", ["contradictions", "--json"] },
        { "search", ["search", "distant", "prospect", "--json"] },
        { "diff", ["diff", "2025-03-01", "2025-05-01", "--json"] },
        { "holders-fm", ["holders", "afghanistan", "FM", "--json"] },
        { "error-ambiguous", ["show", "Khan", "--json"] },
        { "error-no-match", ["show", "Mutaqi", "--json"] },
        { "error-bad-kind", ["entities", "--kind", "Meetings", "--json"] },
        { "error-bad-type", ["history", "pakistan", "afghanistan", "--type", "atended", "--format", "json"] },
        { "statement-show", ["--graph", Fixture.Path("who-said-what.yaml"), "show", "dar-alleges-militants", "--json"] },
        { "statement-show-speaker", ["--graph", Fixture.Path("who-said-what.yaml"), "show", "ishaq-dar", "--json"] },
        { "statement-timeline", ["--graph", Fixture.Path("who-said-what.yaml"), "timeline", "ishaq-dar", "--json"] },
        { "statement-history", ["--graph", Fixture.Path("who-said-what.yaml"), "history", "pakistan", "afghanistan", "--json"] },
        { "statement-path", ["--graph", Fixture.Path("who-said-what.yaml"), "path", "ishaq-dar", "militants", "--json"] },
        { "sources", ["sources", "--json"] },
        { "sources-uncited-byo", ["--with-seeds", "--graph", Fixture.Path("byo"), "sources", "--uncited", "--json"] },
        { "cite-seed-source", ["cite", "terrorism-key-obstacle", "Pakistan's", "--json"] },
        { "cite-text-file", ["cite", Fixture.Path("byo", "sources", "dar-tashkent.txt"), "Tashkent", "--json"] },
        { "new-source", ["new", "source", Fixture.Path("byo", "sources", "dar-tashkent.txt"), "--url", "https://news.example/dar", "--json"] },
        { "validate-byo-with-seeds", ["validate", "--with-seeds", "--no-quote-check", Fixture.Path("byo", "dar-tashkent.yaml"), "--json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Json_output_matches_its_hand_written_expected_file(string name, string[] args)
    {
        var (_, output, error) = Run(args);

        Assert.True(output.Length > 0, error);
        var expected = JToken.Parse(File.ReadAllText(Path.Combine(ExpectedFolder, name + ".json")));
        var problems = new JsonPattern(Rows).Mismatches(expected, JToken.Parse(output));
        Assert.True(problems.Count == 0, $"dipgraph {string.Join(' ', args)} printed JSON that differs from Expected/{name}.json:\n  {string.Join("\n  ", problems.Take(20))}\n{output}");
    }

    [Fact]
    public void Every_expected_file_belongs_to_a_command_case()
    {
        var cases = Commands().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(ExpectedFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Where(n => n != "rows").ToHashSet(StringComparer.Ordinal);

        Assert.Equal(cases.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal)!);
    }

    [Fact]
    public void Each_expected_row_has_exactly_the_documented_fields_and_optional_ones()
    {
        var documented = DocumentedRecords();
        foreach (var row in Rows.Properties())
        {
            Assert.True(documented.TryGetValue(row.Name, out var fields), $"Expected/rows.json has {row.Name}, which docs/cli-json.md does not document");
            var written = ((JObject)row.Value).Properties().ToDictionary(p => p.Name.TrimEnd('?'), p => p.Name.EndsWith('?'), StringComparer.Ordinal);
            var expected = fields.ToDictionary(f => f.Name, f => f.Optional, StringComparer.Ordinal);
            Assert.True(
                written.Count == expected.Count && written.All(w => expected.TryGetValue(w.Key, out var optional) && optional == w.Value),
                $"{row.Name}: rows.json has [{Show(written)}], docs/cli-json.md documents [{Show(expected)}] (? = optional)");
        }
    }

    [Fact]
    public void Each_documented_record_lists_exactly_its_properties()
    {
        var documented = DocumentedRecords();
        Assert.True(documented.Count >= 20, "docs/cli-json.md should document every record");
        // The CLI assembly by its name (dipgraph), so the check does not depend on the name of any one of its types.
        var records = System.Reflection.Assembly.Load("dipgraph").GetTypes().ToLookup(t => t.Name);
        var naming = new CamelCaseNamingStrategy();
        foreach (var (name, fields) in documented)
        {
            var record = Assert.Single(records[name]);
            var actual = record.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
                .Where(p => p.Name != "EqualityContract")
                .Select(p => naming.GetPropertyName(p.Name, false))
                .ToHashSet();
            var names = fields.Select(f => f.Name).ToHashSet();
            Assert.True(names.SetEquals(actual), $"{name}: documented [{string.Join(", ", names.Order())}], record has [{string.Join(", ", actual.Order())}]");
        }
    }

    /// <summary>Each record section of docs/cli-json.md: its fields, and whether the type column calls each optional.</summary>
    private static Dictionary<string, List<(string Name, bool Optional)>> DocumentedRecords()
    {
        var docs = Fixture.Text("docs", "cli-json.md");
        var sections = Heading().Matches(docs).ToList();
        var records = new Dictionary<string, List<(string Name, bool Optional)>>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Count; i++)
        {
            var end = i + 1 < sections.Count ? sections[i + 1].Index : docs.Length;
            var body = docs[sections[i].Index..end];
            records[sections[i].Groups[1].Value] =
            [
                .. Field().Matches(body).Select(m => (m.Groups[1].Value, m.Groups[2].Value.Contains("optional", StringComparison.Ordinal) || m.Groups[2].Value.TrimEnd().EndsWith('?'))),
            ];
        }

        return records;
    }

    private static string Show(Dictionary<string, bool> fields) =>
        string.Join(", ", fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value ? f.Key + "?" : f.Key));

    [GeneratedRegex(@"^### `(\w+)`", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| `(\w+)` \| ([^|]*(?:\\\|[^|]*)*) \|", RegexOptions.Multiline)]
    private static partial Regex Field();
}
