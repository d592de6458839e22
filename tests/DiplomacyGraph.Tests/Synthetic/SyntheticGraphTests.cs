using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Model;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Tests.Synthetic;

public class SyntheticGraphTests
{
    private static readonly DiplomaticGraph Graph = SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 1_000, Relations = 10_000, RandomSeed = 42 });

    [Fact]
    public void The_generator_lives_in_DiplomacyGraph_Testing_and_not_in_the_library_assembly()
    {
        Assert.Equal("DiplomacyGraph.Testing", typeof(SyntheticGraph).Assembly.GetName().Name);
        Assert.DoesNotContain(typeof(DiplomaticGraph).Assembly.GetTypes(), t => t.Name.StartsWith("Synthetic", StringComparison.Ordinal) || t.Name is "SplitMix64" or "ZipfSampler`1");
    }

    [Fact]
    public void The_same_random_seed_gives_identical_json()
    {
        var options = new SyntheticGraphOptions { Entities = 200, Relations = 1_500, RandomSeed = 7 };

        var first = JsonGraphWriter.WriteToString(SyntheticGraph.Generate(options));
        var second = JsonGraphWriter.WriteToString(SyntheticGraph.Generate(options));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_random_seed_gives_another_graph()
    {
        var a = SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 200, Relations = 1_500, RandomSeed = 7 });
        var b = SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 200, Relations = 1_500, RandomSeed = 8 });

        Assert.NotEqual(a.Relations.Select(GraphAssert.Describe), b.Relations.Select(GraphAssert.Describe));
    }

    [Theory]
    [InlineData(20, 0)]
    [InlineData(20, 1)]
    [InlineData(20, 500)]
    [InlineData(1_000, 50)]
    [InlineData(300, 7_777)]
    public void The_counts_are_exactly_as_asked(int entities, int relations)
    {
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = entities, Relations = relations, RandomSeed = 1 });

        Assert.Equal(entities, graph.Entities.Length);
        Assert.Equal(relations, graph.Relations.Length);
    }

    [Theory]
    [InlineData(19, 10)]
    [InlineData(100, -1)]
    public void Too_few_entities_or_negative_relations_are_refused(int entities, int relations)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = entities, Relations = relations }));
    }

    [Fact]
    public void The_graph_survives_a_json_round_trip_through_validation()
    {
        var reloaded = JsonGraphReader.Parse(JsonGraphWriter.WriteToString(Graph));

        GraphAssert.Equivalent(Graph, reloaded);
    }

    [Fact]
    public void Every_kind_and_many_relation_types_are_present()
    {
        Assert.All(Enum.GetValues<EntityKind>(), kind => Assert.NotEmpty(Graph.EntitiesOfKind(kind)));
        var types = Graph.Relations.Select(r => r.Type).ToHashSet();
        Assert.Subset(types, new HashSet<string> { "attended", "held-in", "holds-office", "located-in", "met", "accuses", "denies", "diplomatic-ties" });
    }

    [Fact]
    public void A_few_actors_are_far_more_active_than_the_typical_one()
    {
        var degrees = Graph.Entities.Where(e => e.Kind is EntityKind.Person or EntityKind.Country or EntityKind.Organization)
            .Select(e => Graph.RelationsOf(e.Id).Length).Order().ToList();
        var median = degrees[degrees.Count / 2];

        Assert.True(degrees[^1] >= 20 * Math.Max(1, median), $"top degree {degrees[^1]}, median {median}");
    }

    [Fact]
    public void People_hold_offices_in_countries_or_organizations_with_a_title()
    {
        var offices = Graph.Relations.Where(r => r.Type == "holds-office").ToList();

        Assert.NotEmpty(offices);
        Assert.All(offices, r =>
        {
            Assert.Equal(EntityKind.Person, Graph.GetEntity(r.From).Kind);
            Assert.Contains(Graph.GetEntity(r.To).Kind, new[] { EntityKind.Country, EntityKind.Organization });
            Assert.False(string.IsNullOrEmpty(r.Role));
        });
    }

    [Fact]
    public void Meetings_have_two_to_eight_attendees_at_the_meeting_time_and_one_place()
    {
        var meetings = Graph.EntitiesOfKind(EntityKind.Meeting);

        Assert.All(meetings, meeting =>
        {
            var relations = Graph.RelationsOf(meeting.Id);
            var attended = relations.Where(r => r.Type == "attended").ToList();
            Assert.InRange(attended.Count, 2, 8);
            Assert.Equal(attended.Count, attended.Select(r => r.From).Distinct().Count());
            Assert.All(attended, r => Assert.Equal(meeting.Meeting!.Time, r.Time));
            Assert.Single(relations, r => r.Type == "held-in");
        });
    }

    [Fact]
    public void Times_mix_precisions_spans_and_open_ranges_within_thirty_years()
    {
        var times = Graph.Relations.Select(r => r.Time).ToList();
        var bounds = times.SelectMany(t => new[] { t.Start, t.End }).OfType<DateBound>().ToList();

        Assert.All(bounds, b => Assert.InRange(b.Date.Year, 1995, 2024));
        Assert.All(Enum.GetValues<DatePrecision>(), p => Assert.Contains(bounds, b => b.Date.Precision == p));
        Assert.Contains(bounds, b => b.Basis == DateBasis.Inferred);
        Assert.Contains(times, t => t.Start is null && t.End is not null);
        Assert.Contains(times, t => t.Start is not null && t.End is null);
        Assert.Contains(times, t => t.Start is { } s && t.End is { } e && s.Date != e.Date);
    }

    [Fact]
    public void Each_relation_cites_one_to_three_distinct_sources_from_a_shared_pool()
    {
        Assert.All(Graph.Relations, r =>
        {
            Assert.InRange(r.Citations.Length, 1, 3);
            Assert.Equal(r.Citations.Length, r.Citations.Select(c => c.SourceId).Distinct().Count());
        });
        var citations = Graph.Relations.SelectMany(r => r.Citations).ToList();
        Assert.True(citations.Distinct(ReferenceEqualityComparer.Instance).Count() <= Graph.Sources.Length * 4);
    }

    [Fact]
    public void Accusations_and_denials_say_who_claims_them()
    {
        Assert.All(Graph.Relations.Where(r => r.Type == "accuses"), r => Assert.Equal((Assertion.Alleged, r.From), (r.Assertion, r.ClaimedBy)));
        Assert.All(Graph.Relations.Where(r => r.Type == "denies"), r => Assert.Equal((Assertion.Denied, r.From), (r.Assertion, r.ClaimedBy)));
    }

    [Fact]
    public void The_generator_is_the_published_splitmix64_sequence()
    {
        // Reference outputs of SplitMix64 for random seed 0: if these change, every random seed's graph changes.
        var random = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, random.NextUInt64());
    }

    [Fact]
    public void Bounded_draws_stay_in_range_and_reach_both_ends()
    {
        var random = new SplitMix64(3);
        var draws = Enumerable.Range(0, 2_000).Select(_ => random.Between(2, 8)).ToList();

        Assert.All(draws, d => Assert.InRange(d, 2, 8));
        Assert.Contains(2, draws);
        Assert.Contains(8, draws);
    }
}
