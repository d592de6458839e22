using DiplomacyGraph.Formats.Events;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Formats.Events;

public class EventLayeringTests
{
    [Fact]
    public void Imported_actors_are_matched_to_the_seed_entities_by_name()
    {
        var result = EventImport.Load(EventDataset.Icews, [EventFixtures.Icews], onto: Seeds.Load());

        Assert.Single(result.Graph.Entities, e => e.Name == "Pakistan");
        Assert.Single(result.Graph.Entities, e => e.Name == "Afghanistan");
        Assert.True(result.Report.Matched >= 2);
        Assert.Contains(result.Graph.Relations, r => r.Id == "icews-32891177-2018-06-01" && r.From == "pakistan");
    }

    [Fact]
    public void Raw_event_files_load_beside_YAML_datasets_through_the_format_registry()
    {
        var yaml = EventFixtures.Temp("""
            version: 1
            sources: [{ id: note, title: A note }]
            entities:
              - { id: pak, kind: Country, name: Islamic Republic of Pakistan, aliases: [Pakistan] }
              - { id: ind, kind: Country, name: India }
            relations:
              - { id: ties, type: diplomatic-ties, from: pak, to: ind, time: 1947, citations: [{ source: note, quote: "note" }] }
            """, ".yaml");
        try
        {
            var notes = new List<string>();
            var graph = DiplomaticGraph.Load([yaml, EventFixtures.Icews], new DiplomacyGraph.Formats.GraphReaderOptions { Notes = notes.Add, RequireSourceFiles = false });

            var relation = graph.Relations.Single(r => r.Id == "icews-32891177-2018-06-01");
            Assert.Equal(("pak", "ind"), (relation.From, relation.To));
            Assert.DoesNotContain(graph.Entities, e => e.Id == "pakistan");
            Assert.Contains(notes, n => n.Contains("3,705 rows read", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(yaml);
        }
    }

    [Fact]
    public void An_ambiguous_match_is_reported_and_never_guessed()
    {
        var builder = new GraphBuilder();
        builder.AddEntity(new Entity { Id = "pakistan-state", Kind = EntityKind.Country, Name = "Pakistan" });
        builder.AddEntity(new Entity { Id = "pakistan-team", Kind = EntityKind.Organization, Name = "Pakistan cricket team", Aliases = ["Pakistan"] });

        var result = EventImport.Load(EventDataset.Icews, [EventFixtures.Icews], onto: builder.Build());

        var relation = result.Graph.Relations.Single(r => r.Id == "icews-32891177-2018-06-01");
        Assert.NotEqual("pakistan-state", relation.From);
        Assert.NotEqual("pakistan-team", relation.From);
        var report = Assert.Single(result.Report.Ambiguous, a => a.Contains("'Pakistan'", StringComparison.Ordinal));
        Assert.Contains("'pakistan-state', 'pakistan-team'", report, StringComparison.Ordinal);
    }
}
