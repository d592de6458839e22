using DiplomacyGraph.Model;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Graph;

/// <summary>
/// The time-order index is the stable sort by earliest day whether it counts relations into their days (many relations
/// over few days, as an event import makes) or sorts them by key (few relations, or days spread wide).
/// </summary>
public class TimeOrderIndexTests
{
    [Theory]
    [InlineData(10, 30)]
    [InlineData(5_000, 40)]
    [InlineData(5_000, 100_000)]
    public void Relations_are_in_earliest_day_order_with_ties_in_input_order(int count, int daySpread)
    {
        var start = new DateOnly(2016, 1, 1);
        var relations = Enumerable.Range(0, count).Select(i => Relation(
            $"r{i}",
            "met",
            "a",
            "b",
            i % 97 == 0 ? "unknown" : start.AddDays((int)((i * 7919L) % daySpread)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToArray();

        var ordered = GraphIndexes.InTimeOrder([.. relations]);

        Assert.Equal(relations.OrderBy(r => r.Time.Earliest).Select(r => r.Id), ordered.Select(r => r.Id));
    }

    [Fact]
    public void Many_relations_over_few_days_are_indexed_per_entity_in_time_order()
    {
        var builder = Builder()
            .AddEntity(Entity("a"))
            .AddEntity(Entity("b"));
        var start = new DateOnly(2016, 1, 1);
        for (var i = 0; i < 5_000; i++)
        {
            builder.AddRelation(Relation($"r{i}", "met", i % 2 == 0 ? "a" : "b", i % 2 == 0 ? "b" : "a", start.AddDays(i % 13 * 3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var graph = builder.Build();

        Assert.Equal(graph.Relations.OrderBy(r => r.Time.Earliest).Select(r => r.Id), graph.RelationsOf("a").Select(r => r.Id));
        Assert.Equal(graph.Relations.OrderBy(r => r.Time.Earliest).Select(r => r.Id), graph.RelationsBetween("b", "a").Select(r => r.Id));
    }
}
