using DiplomacyGraph.Model;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Graph;

public class GraphBuilderTests
{
    [Fact]
    public void Build_reports_every_problem_at_once_not_only_the_first()
    {
        var builder = Builder()
            .AddEntity(Entity("dar"))
            .AddEntity(Entity("dar"))
            .AddEntity(Entity("Not Kebab"))
            .AddEntity(Entity("kabul", EntityKind.Place))
            .AddRelation(Relation("r1", "met", "dar", "ghost"))
            .AddRelation(Relation("r2", "holds-office", "dar", "kabul"))
            .AddRelation(Relation("r3", "no-such-type", "dar", "kabul"))
            .AddRelation(new Relation { Id = "r4", Type = "met", From = "dar", To = "not-kebab" })
            .AddRelation(new Relation { Id = "r5", Type = "met", From = "dar", To = "kabul", Citations = [new QuoteCitation("nowhere", "q")] })
            .AddRelation(Relation("r1", "met", "dar", "kabul"));

        var error = Assert.Throws<GraphFormatException>(builder.Build);

        var messages = error.Errors.Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains("Duplicate entity id 'dar'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("must be kebab-case", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Unknown entity id 'ghost'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'holds-office' cannot point to a Place", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Unknown relation type 'no-such-type'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Relation 'r4' has no citation", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Unknown source id 'nowhere'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Duplicate relation id 'r1'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Field == "to" && e.ElementId == "r1");
    }

    [Fact]
    public void A_meeting_needs_a_citation_and_a_status_and_only_meetings_have_details()
    {
        var builder = Builder()
            .AddEntity(new Entity { Id = "talks", Kind = EntityKind.Meeting, Name = "Talks" })
            .AddEntity(new Entity { Id = "dar", Kind = EntityKind.Person, Name = "Dar", Meeting = Meeting("x", "2025").Meeting });

        var error = Assert.Throws<GraphFormatException>(builder.Build);

        Assert.Contains(error.Errors, e => e.ElementId == "talks" && e.Message.Contains("at least one citation", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.ElementId == "talks" && e.Field == "status");
        Assert.Contains(error.Errors, e => e.ElementId == "dar" && e.Message.Contains("Only a Meeting", StringComparison.Ordinal));
    }

    [Fact]
    public void Meeting_details_without_a_status_cannot_be_made()
    {
        var error = Assert.Throws<ArgumentException>(() => new MeetingDetails { Statuses = [] });

        Assert.Contains("at least one status report", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new MeetingDetails { Statuses = default });
    }

    [Fact]
    public void A_dataset_can_extend_the_vocabulary_but_not_redefine_built_in_types()
    {
        var mediates = new RelationType { Name = "mediates", FromKinds = [EntityKind.Country], ToKinds = [EntityKind.Meeting] };
        var graph = Builder()
            .AddRelationType(mediates)
            .AddEntity(Entity("china", EntityKind.Country))
            .AddEntity(Meeting("beijing-talks", "2025-05-20"))
            .AddRelation(Relation("china-mediates", "mediates", "china", "beijing-talks"))
            .Build();

        Assert.Same(mediates, graph.GetRelationType("mediates"));
        Assert.Contains(mediates, graph.RelationTypes);

        var redefine = Builder().AddRelationType(new RelationType { Name = "met" });
        var error = Assert.Throws<GraphFormatException>(redefine.Build);
        Assert.Contains("built-in", error.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_not_found_verbatim_in_its_source_text_is_an_error_saying_where_it_diverges()
    {
        var builder = Builder()
            .AddEntity(Entity("dar"))
            .AddEntity(Entity("muttaqi"))
            .AddRelation(new Relation { Id = "m", Type = "met", From = "dar", To = "muttaqi", Citations = [Cite("Dar met Muttaqi in Kabul")] });
        builder.SourceText = _ => "Yesterday Dar met Muttaqi in Islamabad.";

        var error = Assert.Throws<GraphFormatException>(builder.Build).Errors.Single();

        Assert.Equal("citations[0].quote", error.Field);
        Assert.Contains("not found verbatim", error.Message, StringComparison.Ordinal);
        Assert.Contains("its first 19 characters match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_carry_the_location_of_the_field_at_fault()
    {
        var at = new ElementPositions(new FilePosition("d.yaml", 10, 3), new Dictionary<string, FilePosition> { ["to"] = new("d.yaml", 13, 9) });
        var builder = Builder().AddEntity(Entity("dar")).AddRelation(Relation("r", "met", "dar", "ghost"), at);

        var error = Assert.Throws<GraphFormatException>(builder.Build).Errors.Single();

        Assert.Equal(new FilePosition("d.yaml", 13, 9), error.Location);
        Assert.StartsWith("d.yaml:13:9: to: Unknown entity id 'ghost'", error.ToString(), StringComparison.Ordinal);
    }
}
