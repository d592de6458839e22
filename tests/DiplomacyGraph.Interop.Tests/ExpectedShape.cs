using DiplomacyGraph.Model;
using Newtonsoft.Json.Linq;

namespace DiplomacyGraph.Tests.Interop;

/// <summary>
/// The node and edge counts an export must have, worked out from the graph directly (not through the
/// writers' own view), so that a peer's counts are compared with an independent expectation.
/// </summary>
internal static class ExpectedShape
{
    public static (int Nodes, int Edges) Of(DiplomaticGraph graph, string exportName)
    {
        var aggregate = exportName.Contains("aggregated", StringComparison.Ordinal);
        var meetings = !exportName.Contains("no-meetings", StringComparison.Ordinal);
        var isMeeting = graph.Entities.Where(e => e.Kind == EntityKind.Meeting).Select(e => e.Id).ToHashSet();
        var pairs = graph.Relations
            .Where(r => meetings || (!isMeeting.Contains(r.From) && !isMeeting.Contains(r.To)))
            .Select(r => (r.From, r.To))
            .ToList();
        if (!meetings)
        {
            foreach (var meeting in isMeeting)
            {
                var attendees = graph.Relations.Where(r => r.Type == "attended" && r.To == meeting).Select(r => r.From).Distinct().ToList();
                pairs.AddRange(attendees.SelectMany((a, i) => attendees.Skip(i + 1).Select(b => (a, b))));
            }
        }

        var nodes = graph.Entities.Length - (meetings ? 0 : isMeeting.Count);
        return (nodes, aggregate ? pairs.Distinct().Count() : pairs.Count);
    }

    /// <summary>A relation to sample: the first with both ends of its time known, so every date column is present.</summary>
    public static Relation SampleRelation(DiplomaticGraph graph) =>
        graph.Relations.First(r => r.Time.Start is not null && r.Time.End is not null);

    /// <summary>Checks the endpoints, label and date columns a peer read for the sampled relation, and returns the edge for more checks.</summary>
    public static JObject AssertSampledEdge(JObject peerResult, Relation sample)
    {
        var edge = Assert.IsType<JObject>(peerResult["edge"]);
        Assert.Equal(sample.From, (string?)edge["source"]);
        Assert.Equal(sample.To, (string?)edge["target"]);
        Assert.Equal(sample.Type, (string?)edge["label"]);
        Assert.Equal(sample.Time.ToString(), (string?)edge["date"]);
        Assert.Equal(IsoDay.Format(sample.Time.Earliest), (string?)edge["start"]);
        Assert.Equal(IsoDay.Format(sample.Time.Latest), (string?)edge["end"]);
        return edge;
    }
}
