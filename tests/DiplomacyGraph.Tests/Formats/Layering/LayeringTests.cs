using DiplomacyGraph.Formats;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Tests.Packaging;

namespace DiplomacyGraph.Tests.Formats.Layering;

/// <summary>
/// One's own files on the seeds, in one call: folders and file-name patterns name dataset files, own files refer to
/// seed ids, and an id defined in two layers is an error naming both places.
/// </summary>
public sealed class LayeringTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dipgraph-layers-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_sixth_article_layered_on_the_seeds_refers_to_seed_ids_and_checks_its_quotes()
    {
        var graph = DiplomaticGraph.Load([Fixture.Path("byo", "dar-tashkent.yaml")], includeSeeds: true);

        Assert.Equal(Seeds.Load().Entities.Length + 3, graph.Entities.Length);
        var attended = graph.Relations.Single(r => r.Id == "dar-attended-tashkent-visit");
        Assert.Equal("ishaq-dar", attended.From);
        Assert.True(graph.TryGetEntity("muhammad-sadiq", out _));
        Assert.Equal(Seeds.Load().GetEntity("ishaq-dar").Aliases.ToArray(), graph.GetEntity("ishaq-dar").Aliases.ToArray());
    }

    [Fact]
    public void A_route_crosses_from_the_seeds_into_the_new_article()
    {
        var graph = Seeds.LoadWith([Fixture.Path("byo")], null);

        var route = graph.EarliestArrival("amir-khan-muttaqi", "bakhtiyor-saidov", new DateOnly(2025, 1, 1));

        Assert.NotNull(route);
        Assert.Equal(["amir-khan-muttaqi", "muhammad-sadiq", "ishaq-dar", "dar-tashkent-visit", "bakhtiyor-saidov"], route!.Path.Entities.Select(n => n.Id));
    }

    [Fact]
    public void Without_the_seeds_a_seed_id_is_unknown()
    {
        var e = Assert.Throws<GraphFormatException>(() => DiplomaticGraph.Load([Fixture.Path("byo", "dar-tashkent.yaml")], includeSeeds: false));

        var error = Assert.Single(e.Errors);
        Assert.Equal("Unknown entity id 'ishaq-dar'.", error.Message);
    }

    [Fact]
    public void An_id_in_both_layers_is_an_error_naming_both_places()
    {
        var mine = Write("mine.yaml", "sources: [{ id: s, title: S }]\nentities:\n  - { id: pakistan, kind: Country, name: Pakistan }\n");

        var e = Assert.Throws<GraphFormatException>(() => Seeds.LoadWith(mine));

        var error = Assert.Single(e.Errors);
        Assert.Equal(mine, error.Location!.File);
        Assert.Matches(@"^Duplicate entity id 'pakistan'; the first is at seeds/actors\.yaml:\d+:\d+\.$", error.Message);
    }

    [Fact]
    public void A_folder_loads_every_dataset_file_inside_it()
    {
        var seeds = Path.Combine(RepositoryRoot.Path, "seeds");

        var graph = DiplomaticGraph.Load([seeds], null);

        Assert.Equal(Seeds.Load().Entities.Select(e => e.Id).Order(), graph.Entities.Select(e => e.Id).Order());
        Assert.Equal(Seeds.Load().Relations.Length, graph.Relations.Length);
    }

    [Fact]
    public void A_pattern_names_the_files_it_matches_in_name_order_each_once()
    {
        var b = Write("b.yaml", "sources: [{ id: b, title: B }]\n");
        var a = Write("a.yaml", "sources: [{ id: a, title: A }]\n");
        Write("notes.txt", "not a dataset");

        var files = DatasetFiles.Expand([Path.Combine(folder, "*.yaml"), a, folder]);

        Assert.Equal([a, b], files);
        Assert.Equal(["a", "b"], DiplomaticGraph.Load([Path.Combine(folder, "*.yaml")], null).Sources.Select(s => s.Id));
    }

    [Fact]
    public void A_pattern_matching_nothing_and_a_folder_without_datasets_are_errors_naming_them()
    {
        var empty = Directory.CreateDirectory(Path.Combine(folder, "empty")).FullName;
        var pattern = Path.Combine(folder, "*.yml");

        var e = Assert.Throws<GraphFormatException>(() => DatasetFiles.Expand([pattern, empty]));

        Assert.Equal([$"'{pattern}' matches no file.", $"Folder '{empty}' holds no dataset file (.yaml, .yml, .json, .graphml); name the files, or a folder that holds them."],
            e.Errors.Select(x => x.Message.Replace(string.Join(", ", DatasetFiles.Extensions), ".yaml, .yml, .json, .graphml", StringComparison.Ordinal)));
        Assert.Equal([pattern, empty], e.Errors.Select(x => x.Location!.File));
    }

    [Fact]
    public void A_graphml_file_does_not_layer_on_the_seeds()
    {
        var graphml = Path.Combine(folder, "g.graphml");
        Seeds.Load().Save(graphml);

        var e = Assert.Throws<GraphFormatException>(() => Seeds.LoadWith(graphml));

        Assert.StartsWith("A GraphML dataset loads on its own (not with other files or the seeds)", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_file_layers_on_the_seeds_its_actors_matched_to_the_seed_entities()
    {
        var icews = Fixture.Path("events", "icews-2018-06-01-02.tab");

        var graph = DiplomaticGraph.Load([icews], includeSeeds: true);

        var seeds = Seeds.Load();
        Assert.True(graph.Relations.Length > seeds.Relations.Length);
        Assert.Subset(graph.Relations.Select(r => r.Id).ToHashSet(), seeds.Relations.Select(r => r.Id).ToHashSet());
        // "Pakistan" of the ICEWS rows is the seeds' pakistan, not a second Pakistan.
        Assert.Single(graph.Entities, e => e.Name == "Pakistan");
        Assert.Contains(graph.RelationsOf("pakistan"), r => r.Citations.Any(c => c is RecordCitation));
        Assert.Contains(graph.RelationsOf("pakistan"), r => r.Citations.Any(c => c is QuoteCitation));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
