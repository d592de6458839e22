using System.Reflection;
using System.Text.RegularExpressions;
using DiplomacyGraph.Cli;
using DiplomacyGraph.Cli.Commands;
using DiplomacyGraph.Cli.Output;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using static DiplomacyGraph.Tests.Cli.CliHarness;

namespace DiplomacyGraph.Tests.Cli;

/// <summary>Every command's JSON matches its documented record (docs/cli-json.md), and the docs list exactly the records' properties.</summary>
public partial class CliJsonShapeTests
{
    public static TheoryData<string[], Type> Commands() => new()
    {
        { ["stats", "--json"], typeof(StatsCommand.StatsOutput) },
        { ["import", "gdelt", Fixture.Path("events", "gdelt2-export-3-rows.csv"), "--json"], typeof(ImportCommand.ImportOutput) },
        { ["validate", Fixture.Path("every-field.yaml"), "--json"], typeof(ValidateCommand.ValidateOutput) },
        { ["validate", Fixture.Path("four-problems.yaml"), "--json"], typeof(ValidateCommand.ValidateOutput) },
        { ["entities", "--json"], typeof(List<EntityRow>) },
        { ["show", "sadiq-muttaqi-meeting-2025-03-22", "--json"], typeof(ShowCommand.ShowOutput) },
        { ["history", "pakistan", "afghanistan", "--json"], typeof(HistoryCommand.HistoryOutput) },
        { ["timeline", "sadiq", "--json"], typeof(TimelineCommand.TimelineOutput) },
        { ["path", "baloch", "muttaqi", "--k", "2", "--json"], typeof(PathCommand.PathOutput) },
        { ["reach", "muttaqi", "dar", "--start", "2025-03-01", "--json"], typeof(ReachCommand.ReachOutput) },
        { ["reach", "dar", "muttaqi", "--start", "2025-12-01", "--json"], typeof(ReachCommand.ReachOutput) },
        { ["as-of", "2025-04-01", "--json"], typeof(AsOfCommand.AsOfOutput) },
        { ["holders", "pakistan-foreign-office", "spokesperson", "--at", "2025-04-01", "--json"], typeof(HoldersCommand.HoldersOutput) },
        { ["contradictions", "--json"], typeof(List<ContradictionRow>) },
        { ["search", "distant", "prospect", "--json"], typeof(SearchCommand.SearchOutput) },
        { ["diff", "2025-03-01", "2025-05-01", "--json"], typeof(DiffCommand.DiffOutput) },
        { ["holders", "afghanistan", "FM", "--json"], typeof(HoldersCommand.HoldersOutput) },
        { ["show", "Khan", "--json"], typeof(ErrorRow) },
        { ["show", "Mutaqi", "--json"], typeof(ErrorRow) },
        { ["entities", "--kind", "Meetings", "--json"], typeof(ErrorRow) },
        { ["history", "pakistan", "afghanistan", "--type", "atended", "--format", "json"], typeof(ErrorRow) },
        { ["--graph", Fixture.Path("who-said-what.yaml"), "show", "dar-alleges-militants", "--json"], typeof(ShowCommand.ShowOutput) },
        { ["--graph", Fixture.Path("who-said-what.yaml"), "show", "ishaq-dar", "--json"], typeof(ShowCommand.ShowOutput) },
        { ["--graph", Fixture.Path("who-said-what.yaml"), "timeline", "ishaq-dar", "--json"], typeof(TimelineCommand.TimelineOutput) },
        { ["--graph", Fixture.Path("who-said-what.yaml"), "history", "pakistan", "afghanistan", "--json"], typeof(HistoryCommand.HistoryOutput) },
        { ["--graph", Fixture.Path("who-said-what.yaml"), "path", "ishaq-dar", "militants", "--json"], typeof(PathCommand.PathOutput) },
        { ["sources", "--json"], typeof(List<SourcesCommand.SourceRow>) },
        { ["--with-seeds", "--graph", Fixture.Path("byo"), "sources", "--uncited", "--json"], typeof(List<SourcesCommand.SourceRow>) },
        { ["cite", "terrorism-key-obstacle", "Pakistan's", "--json"], typeof(CiteCommand.CiteOutput) },
        { ["cite", Fixture.Path("byo", "sources", "dar-tashkent.txt"), "Tashkent", "--json"], typeof(CiteCommand.CiteOutput) },
        { ["new", "source", Fixture.Path("byo", "sources", "dar-tashkent.txt"), "--url", "https://news.example/dar", "--json"], typeof(NewCommand.NewSourceOutput) },
        { ["validate", "--with-seeds", "--no-quote-check", Fixture.Path("byo", "dar-tashkent.yaml"), "--json"], typeof(ValidateCommand.ValidateOutput) },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Json_output_round_trips_through_its_documented_record(string[] args, Type shape)
    {
        var (_, output, error) = Run(args);

        Assert.True(output.Length > 0, error);
        var strict = new JsonSerializerSettings
        {
            ContractResolver = Invocation.JsonSettings.ContractResolver,
            Converters = Invocation.JsonSettings.Converters,
            NullValueHandling = NullValueHandling.Ignore,
            MissingMemberHandling = MissingMemberHandling.Error,
        };
        var read = JsonConvert.DeserializeObject(output, shape, strict);
        var written = JToken.Parse(JsonConvert.SerializeObject(read, Invocation.JsonSettings));
        Assert.True(JToken.DeepEquals(JToken.Parse(output), written), $"{string.Join(' ', args)} printed JSON its record does not reproduce:\n{output}");
    }

    [Fact]
    public void Each_documented_record_lists_exactly_its_properties()
    {
        var docs = Fixture.Text("docs", "cli-json.md");
        var sections = Heading().Matches(docs).ToList();
        Assert.True(sections.Count >= 20, "docs/cli-json.md should document every record");
        var records = typeof(Invocation).Assembly.GetTypes().ToLookup(t => t.Name);
        var naming = new CamelCaseNamingStrategy();
        for (var i = 0; i < sections.Count; i++)
        {
            var name = sections[i].Groups[1].Value;
            var end = i + 1 < sections.Count ? sections[i + 1].Index : docs.Length;
            var body = docs[sections[i].Index..end];
            var documented = Field().Matches(body).Select(m => m.Groups[1].Value).ToHashSet();
            var record = Assert.Single(records[name]);
            var actual = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.Name != "EqualityContract")
                .Select(p => naming.GetPropertyName(p.Name, false))
                .ToHashSet();
            Assert.True(documented.SetEquals(actual), $"{name}: documented [{string.Join(", ", documented.Order())}], record has [{string.Join(", ", actual.Order())}]");
        }
    }

    [GeneratedRegex(@"^### `(\w+)`", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex Field();
}
