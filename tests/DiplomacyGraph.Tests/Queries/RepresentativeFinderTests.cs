using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>
/// <see cref="RepresentativeFinder.Of"/> on its own: who acts for a country or organization, transitively, during the overlap of
/// the times on the way, without denied or planned ties, without kinds the filter keeps out, closest first.
/// </summary>
public sealed class RepresentativeFinderTests
{
    private static DiplomaticGraph Graph() => Builder()
        .AddEntity(Entity("pakistan", EntityKind.Country))
        .AddEntity(Entity("foreign-office", EntityKind.Organization))
        .AddEntity(Entity("embassy", EntityKind.Place))
        .AddEntity(Entity("spokesperson"))
        .AddEntity(Entity("minister"))
        .AddEntity(Entity("former-envoy"))
        .AddEntity(Entity("rumoured-member"))
        .AddEntity(Entity("future-member"))
        .AddEntity(Entity("outsider", EntityKind.Organization))
        .AddRelation(Relation("fo-of-pakistan", "member-of", "foreign-office", "pakistan", "2020/2030"))
        .AddRelation(Relation("embassy-in-pakistan", "located-in", "embassy", "pakistan", "2024/2026"))
        .AddRelation(Relation("spokesperson-office", "holds-office", "spokesperson", "foreign-office", "2025-01/2025-06", role: "Spokesperson"))
        .AddRelation(Relation("minister-governs", "governs", "minister", "pakistan", "2025"))
        // Holds an office of the foreign office only before the foreign office was part of Pakistan: no overlap, no representative.
        .AddRelation(Relation("envoy-office", "holds-office", "former-envoy", "foreign-office", "2010/2012", role: "Envoy"))
        .AddRelation(Relation("rumour", "member-of", "rumoured-member", "pakistan", "2025", assertion: Assertion.Denied))
        .AddRelation(Relation("plan", "member-of", "future-member", "pakistan", "2025", assertion: Assertion.Planned))
        // Pakistan "member of" the outsider: the outsider is not Pakistan's representative (the tie points the other way).
        .AddRelation(Relation("pakistan-in-outsider", "member-of", "pakistan", "outsider", "2025"))
        .Build();

    [Fact]
    public void Without_members_it_is_the_entity_alone_for_all_time()
    {
        var graph = Graph();

        var only = Assert.Single(RepresentativeFinder.Of(graph, graph.GetEntity("pakistan"), viaMembers: false));

        Assert.Equal("pakistan", only.Entity.Id);
        Assert.Equal((DateOnly.MinValue, DateOnly.MaxValue), (only.Earliest, only.Latest));
        Assert.Empty(only.Via);
    }

    [Fact]
    public void Members_office_holders_governing_bodies_and_places_act_for_it_closest_first()
    {
        var graph = Graph();

        var found = RepresentativeFinder.Of(graph, graph.GetEntity("pakistan"), viaMembers: true);

        Assert.Equal("pakistan", found[0].Entity.Id);
        Assert.Equal(["embassy", "foreign-office", "minister"], found.Skip(1).Take(3).Select(r => r.Entity.Id).Order(StringComparer.Ordinal));
        Assert.Equal("spokesperson", found[^1].Entity.Id);
        Assert.Equal(5, found.Count);
    }

    [Fact]
    public void A_representative_through_others_acts_during_the_overlap_of_the_ties_and_says_through_which()
    {
        var graph = Graph();

        var spokesperson = RepresentativeFinder.Of(graph, graph.GetEntity("pakistan"), viaMembers: true).Single(r => r.Entity.Id == "spokesperson");

        Assert.Equal(new DateOnly(2025, 1, 1), spokesperson.Earliest);
        Assert.Equal(new DateOnly(2025, 6, 30), spokesperson.Latest);
        Assert.Equal(["fo-of-pakistan", "spokesperson-office"], spokesperson.Via.Select(r => r.Id));
        Assert.True(spokesperson.CouldActDuring(DateRange.Parse("2025-03")));
        Assert.False(spokesperson.CouldActDuring(DateRange.Parse("2025-09")));
    }

    [Fact]
    public void Denied_planned_time_disjoint_and_reversed_ties_make_no_representative()
    {
        var graph = Graph();

        var ids = RepresentativeFinder.Of(graph, graph.GetEntity("pakistan"), viaMembers: true).Select(r => r.Entity.Id).ToList();

        Assert.DoesNotContain("rumoured-member", ids);
        Assert.DoesNotContain("future-member", ids);
        Assert.DoesNotContain("former-envoy", ids);
        Assert.DoesNotContain("outsider", ids);
    }

    [Fact]
    public void Kinds_the_filter_does_not_let_through_are_left_out_with_everyone_behind_them()
    {
        var graph = Graph();
        var filter = new QueryFilter { AvoidKinds = new HashSet<EntityKind> { EntityKind.Organization } };

        var ids = RepresentativeFinder.Of(graph, graph.GetEntity("pakistan"), viaMembers: true, filter).Select(r => r.Entity.Id).ToList();

        Assert.Equal(["embassy", "minister", "pakistan"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ties_in_a_circle_end_and_the_entity_is_never_its_own_representative()
    {
        var graph = Builder()
            .AddEntity(Entity("a", EntityKind.Organization))
            .AddEntity(Entity("b", EntityKind.Organization))
            .AddEntity(Entity("c", EntityKind.Organization))
            .AddRelation(Relation("b-in-a", "member-of", "b", "a"))
            .AddRelation(Relation("c-in-b", "member-of", "c", "b"))
            .AddRelation(Relation("a-in-c", "member-of", "a", "c"))
            .Build();

        var found = RepresentativeFinder.Of(graph, graph.GetEntity("a"), viaMembers: true);

        Assert.Equal(["a", "b", "c"], found.Select(r => r.Entity.Id));
    }
}
