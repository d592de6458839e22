using DiplomacyGraph.Model;
using QuikGraph;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Graph;

public class DiplomaticGraphTests
{
    private static DiplomaticGraph Sample() => Builder()
        .AddEntity(Entity("ishaq-dar", EntityKind.Person, "Mohammad Ishaq Dar"))
        .AddEntity(Entity("muttaqi", EntityKind.Person, "Muttaqī"))
        .AddEntity(Entity("pakistan", EntityKind.Country))
        .AddEntity(Entity("ttp", EntityKind.Organization, "Tehreek-e-Taliban Pakistan"))
        .AddRelation(Relation("later", "met", "muttaqi", "ishaq-dar", "2025-04-19"))
        .AddRelation(Relation("month", "met", "ishaq-dar", "muttaqi", "2025-04"))
        .AddRelation(Relation("year", "met", "ishaq-dar", "muttaqi", "2025"))
        .AddRelation(Relation("office", "holds-office", "ishaq-dar", "pakistan", "2025"))
        .Build();

    [Fact]
    public void A_pairs_history_is_both_directions_in_time_order_with_ties_in_input_order()
    {
        var graph = Sample();

        var history = graph.RelationsBetween("muttaqi", "ishaq-dar").Select(r => r.Id);

        Assert.Equal(["year", "month", "later"], history);
        Assert.Equal(history, graph.RelationsBetween("ishaq-dar", "muttaqi").Select(r => r.Id));
        Assert.Empty(graph.RelationsBetween("muttaqi", "pakistan"));
    }

    [Fact]
    public void Relations_of_an_entity_are_indexed_in_time_order()
    {
        Assert.Equal(["year", "office", "month", "later"], Sample().RelationsOf("ishaq-dar").Select(r => r.Id));
    }

    [Theory]
    [InlineData("Mohammad Ishaq Dar", "ishaq-dar")]
    [InlineData("MOHAMMAD  ishaq-dar", "ishaq-dar")]
    [InlineData("muttaqi", "muttaqi")]
    [InlineData("Muttaqī", "muttaqi")]
    [InlineData("tehreek e taliban pakistan", "ttp")]
    public void Names_and_aliases_are_found_case_diacritic_and_punctuation_insensitively(string name, string id)
    {
        Assert.Equal(id, Assert.Single(Sample().FindByName(name)).Id);
    }

    [Fact]
    public void Entities_are_indexed_by_kind()
    {
        var graph = Sample();

        Assert.Equal(["ishaq-dar", "muttaqi"], graph.EntitiesOfKind(EntityKind.Person).Select(e => e.Id));
        Assert.Empty(graph.EntitiesOfKind(EntityKind.Meeting));
    }

    [Fact]
    public void The_QuikGraph_view_holds_every_entity_and_relation_and_is_built_once()
    {
        var graph = Sample();

        var view = graph.AsQuikGraph();

        Assert.Same(view, graph.AsQuikGraph());
        Assert.Equal(4, view.VertexCount);
        Assert.Equal(4, view.EdgeCount);
        var dar = graph.GetEntity("ishaq-dar");
        Assert.Equal(3, view.OutDegree(dar));
        Assert.Equal(1, view.InDegree(dar));
        Assert.All(view.Edges, e => Assert.Same(graph.GetEntity(e.Relation.From), e.Source));
        Assert.IsNotType<BidirectionalGraph<Entity, RelationEdge>>(view);
    }

    [Fact]
    public void Lookups_of_unknown_ids_say_what_is_missing()
    {
        var graph = Sample();

        Assert.Contains("'nobody'", Assert.Throws<KeyNotFoundException>(() => graph.GetEntity("nobody")).Message, StringComparison.Ordinal);
        Assert.False(graph.TryGetEntity("nobody", out _));
        Assert.False(graph.TryGetSource("nobody", out _));
        Assert.True(graph.TryGetSource(TestGraphs.Source, out var note));
        Assert.Equal("A note", note.Title);
        Assert.Throws<DiplomacyGraph.Queries.EntityResolutionException>(() => graph.RelationsOf("nobody"));
    }
}
