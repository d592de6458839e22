using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Tests.Formats;

public class ValueInternerTests
{
    private static readonly DiplomaticGraph Generated = SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 100, Relations = 1_000, RandomSeed = 3 });

    public static TheoryData<string> Formats() => ["json", "yaml"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Equal_citations_read_from_a_file_are_one_object(string format)
    {
        var graph = Load(format);

        var citations = graph.Relations.SelectMany(r => r.Citations).ToList();

        Assert.Equal(citations.Distinct().Count(), citations.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.True(citations.Distinct().Count() < citations.Count / 2);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Relation_endpoints_share_the_entity_id_string(string format)
    {
        var graph = Load(format);

        Assert.All(graph.Relations, r =>
        {
            Assert.Same(graph.GetEntity(r.From).Id, r.From);
            Assert.Same(graph.GetEntity(r.To).Id, r.To);
        });
    }

    private static DiplomaticGraph Load(string format) => format == "json"
        ? JsonGraphReader.Parse(JsonGraphWriter.WriteToString(Generated))
        : YamlGraphReader.Parse(YamlGraphWriter.WriteToString(Generated));
}
