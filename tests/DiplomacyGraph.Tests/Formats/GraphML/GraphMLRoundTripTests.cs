using System.Collections.Immutable;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Formats.GraphML;

public class GraphMLRoundTripTests
{
    [Fact]
    public void Every_field_survives_graph_to_graphml_to_graph()
    {
        var original = YamlGraphReader.Load(Fixture.Path("every-field.yaml"));

        var graphml = GraphMLGraphWriter.WriteToString(original);
        var read = GraphMLGraphReader.Parse(graphml, "g.graphml", new GraphReaderOptions { SourceFiles = Fixture.SourceFiles });

        GraphAssert.Equivalent(original, read);
        Assert.Equal(graphml, GraphMLGraphWriter.WriteToString(read));
    }

    [Fact]
    public void The_seeds_survive_graph_to_graphml_to_graph_with_every_citation()
    {
        var seeds = Seeds.Load();

        var read = GraphMLGraphReader.Parse(GraphMLGraphWriter.WriteToString(seeds), "seeds.graphml", new GraphReaderOptions { SourceFiles = relative => Seeds.ReadResource("seeds/" + relative) });

        GraphAssert.Equivalent(seeds, read);
        Assert.Equal(
            seeds.Relations.Sum(r => r.Citations.Length) + seeds.Entities.Sum(e => e.Citations.Length),
            read.Relations.Sum(r => r.Citations.Length) + read.Entities.Sum(e => e.Citations.Length));
    }

    [Fact]
    public void Separators_and_backslashes_inside_values_survive()
    {
        var original = TestGraphs.Builder()
            .AddEntity(new Entity
            {
                Id = "a", Kind = EntityKind.Person, Name = "A | B \\ C", Aliases = ["A | B", @"C:\path", "ends with space ", "|"],
                Attributes = new Dictionary<string, string> { ["k=1"] = "v | w", ["x\\"] = "=" }.ToImmutableSortedDictionary(),
            })
            .AddEntity(TestGraphs.Entity("b"))
            .AddRelation(new Relation
            {
                Id = "r", Type = "met", From = "a", To = "b", Time = DateRange.Parse("2025"),
                Citations = [TestGraphs.Cite("he said | she said \\ and \n a new line\r\n"), TestGraphs.Cite(" | ")],
            })
            .Build();

        var read = GraphMLGraphReader.Parse(GraphMLGraphWriter.WriteToString(original));

        GraphAssert.Equivalent(original, read);
    }

    [Fact]
    public void A_changed_value_in_the_file_changes_the_graph_read()
    {
        var original = YamlGraphReader.Load(Fixture.Path("every-field.yaml"));
        var graphml = GraphMLGraphWriter.WriteToString(original).Replace(">guest</data>", ">host</data>", StringComparison.Ordinal);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => GraphAssert.Equivalent(original, GraphMLGraphReader.Parse(graphml, "g.graphml", new GraphReaderOptions { SourceFiles = Fixture.SourceFiles })));
    }

    [Fact]
    public void Invalid_values_are_reported_at_the_data_element_with_the_dataset_field()
    {
        var graphml = GraphMLGraphWriter.WriteToString(YamlGraphReader.Load(Fixture.Path("every-field.yaml")))
            .Replace(">2021/..</data>", ">sometime</data>", StringComparison.Ordinal);
        var line = graphml.Split('\n').ToList().FindIndex(l => l.Contains(">sometime<", StringComparison.Ordinal)) + 1;

        var error = Assert.Throws<GraphFormatException>(() => GraphMLGraphReader.Parse(graphml, "g.graphml", new GraphReaderOptions { SourceFiles = Fixture.SourceFiles })).Errors.Single();

        Assert.Equal("time", error.Field); // The dataset field: GraphML columns are mapped by the one dataset mapping.
        Assert.Equal("militants-operate-denied", error.ElementId);
        Assert.Equal("g.graphml", error.Location!.File);
        Assert.Equal(line, error.Location.Line);
    }

    [Fact]
    public void A_quote_that_is_not_in_its_source_file_is_an_error_as_in_yaml()
    {
        var graphml = GraphMLGraphWriter.WriteToString(YamlGraphReader.Load(Fixture.Path("every-field.yaml")))
            .Replace("on 19 April in Kabul<", "on 20 April in Kabul<", StringComparison.Ordinal);

        var error = Assert.Throws<GraphFormatException>(() => GraphMLGraphReader.Parse(graphml, "g.graphml", new GraphReaderOptions { SourceFiles = Fixture.SourceFiles }));

        Assert.Contains(error.Errors, e => e.ElementId == "talks-in-kabul" && e.Field == "citations[0].quote");
    }

    [Fact]
    public void Load_reads_a_file_and_checks_quotes_against_sources_beside_it()
    {
        var directory = Directory.CreateTempSubdirectory("dipgraph-graphml-").FullName;
        Directory.CreateDirectory(Path.Combine(directory, "sources"));
        File.Copy(Fixture.Path("sources", "article.txt"), Path.Combine(directory, "sources", "article.txt"));
        var original = YamlGraphReader.Load(Fixture.Path("every-field.yaml"));
        var path = Path.Combine(directory, "g.graphml");
        File.WriteAllText(path, GraphMLGraphWriter.WriteToString(original).Replace("on 19 April in Kabul<", "on 20 April in Kabul<", StringComparison.Ordinal));

        var error = Assert.Throws<GraphFormatException>(() => GraphMLGraphReader.Load(path));

        Assert.Contains(error.Errors, e => e.ElementId == "talks-in-kabul" && e.Location!.File == path);
    }
}
