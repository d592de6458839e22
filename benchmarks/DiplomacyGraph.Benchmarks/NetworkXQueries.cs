using System.Diagnostics;
using System.Globalization;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// Our side of <c>benchmarks/compare-networkx-queries.sh</c>: on the script's GraphML file, the median CPU seconds of 100 calls of each
/// query on fixed random picks written to files (so NetworkX asks the very same questions): <c>ShortestPath</c> on entity pairs,
/// <c>EarliestArrival</c> on the same pairs, <c>History</c> on related pairs, <c>Timeline</c> on entities — direct (what the
/// NetworkX equivalents compute) and through members (the default) — and the old floor, QuikGraph's BFS on a bare int graph.
/// Then the hub case: one meeting of 10,000 attendees, <c>History</c> of two of them. Prints one JSON object.
/// </summary>
public static class NetworkXQueries
{
    private const int Picks = 100;

    private const int HubAttendees = 10_000;

    public static void Run(string graphml, string work, int repeats, TextWriter output)
    {
        // The 1M-relation file is about 700 MB, over the default document limit (512 MB).
        var graph = DiplomaticGraph.Load([graphml], new GraphReaderOptions { MaxDocumentSize = long.MaxValue });
        var pairs = RandomPicks.EntityPairs(graph).Take(Picks).Select(p => (p.A.Id, p.B.Id)).ToList();
        var related = RandomPicks.RelatedPairs(graph).Where(p => p.A != p.B).Take(Picks).ToList();
        var entities = RandomPicks.Entities(graph).Take(Picks).Select(e => e.Id).ToList();
        File.WriteAllLines(Path.Combine(work, "pairs.txt"), pairs.Select(p => $"{p.Item1} {p.Item2}"));
        File.WriteAllLines(Path.Combine(work, "related.txt"), related.Select(p => $"{p.A} {p.B}"));
        File.WriteAllLines(Path.Combine(work, "entities.txt"), entities);

        var topology = new IntTopology(graph);
        var stated = new QueryFilter();
        var start = new DateOnly(1995, 1, 1);
        // The first call of each builds the lazily made structures; they are not what is timed.
        graph.ShortestPath(pairs[0].Item1, pairs[0].Item2);
        graph.EarliestArrival(pairs[0].Item1, pairs[0].Item2, start);
        var lengths = pairs.Sum(p => graph.ShortestPath(p.Item1, p.Item2, stated)?.Length ?? -1);
        var historyRows = related.Sum(p => graph.History(p.A, p.B, direct: true).Length);
        var timelineRows = entities.Sum(e => graph.Timeline(e, direct: true).Length);

        var results = new Dictionary<string, double>
        {
            ["quikgraph_bfs"] = Median(repeats, () => pairs.ForEach(p => Bfs.ShortestPath(topology.Undirected, topology.Of(p.Item1), topology.Of(p.Item2)))),
            ["shortest_path"] = Median(repeats, () => pairs.ForEach(p => graph.ShortestPath(p.Item1, p.Item2))),
            ["earliest_arrival"] = Median(repeats, () => pairs.ForEach(p => graph.EarliestArrival(p.Item1, p.Item2, start))),
            ["history"] = Median(repeats, () => related.ForEach(p => graph.History(p.A, p.B, direct: true))),
            ["history_members"] = Median(repeats, () => related.ForEach(p => graph.History(p.A, p.B))),
            ["timeline"] = Median(repeats, () => entities.ForEach(e => graph.Timeline(e, direct: true))),
            ["timeline_members"] = Median(repeats, () => entities.ForEach(e => graph.Timeline(e))),
        };

        var (hubSeconds, hubBytes, hubRelations, hubParties) = Hub(repeats);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{{{string.Join(", ", results.Select(r => $"\"{r.Key}\": {r.Value:F5}"))}}, "path_lengths": {{lengths}}, "history_rows": {{historyRows}}, "timeline_rows": {{timelineRows}}, "hub_history": {{hubSeconds:F5}}, "hub_kept_bytes": {{hubBytes}}, "hub_relations": {{hubRelations}}, "hub_parties": {{hubParties}}, "nodes": {{graph.Entities.Length}}, "relations": {{graph.Relations.Length}}}"""));
    }

    /// <summary>One meeting of 10,000 attendees: the median seconds of History of two of them, and what the first call keeps.</summary>
    private static (double Seconds, long KeptBytes, int Relations, int Parties) Hub(int repeats)
    {
        var builder = new GraphBuilder().AddSource(new Source { Id = "s", Title = "Hub" });
        builder.AddEntity(new Entity { Id = "hub", Kind = EntityKind.Meeting, Name = "Hub", Citations = [new QuoteCitation("s", "q")], Meeting = new MeetingDetails { Time = DateRange.Parse("2025-03-22"), Statuses = [new StatusReport { Status = MeetingStatus.Held }] } });
        for (var i = 0; i < HubAttendees; i++)
        {
            builder.AddEntity(new Entity { Id = $"p{i}", Kind = EntityKind.Person, Name = $"Person {i}" });
            builder.AddRelation(new Relation { Id = $"a{i}", Type = "attended", From = $"p{i}", To = "hub", Time = DateRange.Parse("2025-03-22"), Citations = [new QuoteCitation("s", "q")] });
        }

        var hub = builder.Build();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var rows = hub.History("p1", "p2");
        var kept = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(rows);
        return (Median(repeats, () => hub.History("p1", "p2")), kept, hub.Relations.Length, rows[0].Parties.Length);
    }

    /// <summary>
    /// The median CPU seconds of the process per run of the action (all threads, so garbage collection counts): on a machine shared
    /// by many builds, wall time mostly measures the wait for a core. The script times NetworkX the same way (<c>time.process_time</c>).
    /// The action runs first until the JIT has settled (<see cref="CpuRounds.WarmUp"/>: two seconds of wall time); NetworkX's side has nothing to compile. Each timed round is then about a second of CPU, so that
    /// neither the clock nor one collection decides a round.
    /// </summary>
    private static double Median(int repeats, Action action)
    {
        var passes = CpuRounds.WarmUp(action, 1, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));
        var seconds = CpuRounds.PerPass(repeats, passes, action);
        seconds.Sort();
        return seconds[seconds.Count / 2];
    }
}

/// <summary>Per-call History times on the script's picks, slowest first (a diagnostic: <c>history-probe GRAPHML</c>).</summary>
public static class HistoryProbe
{
    public static void Run(string graphml, TextWriter output)
    {
        var graph = DiplomaticGraph.Load(graphml);
        var related = RandomPicks.RelatedPairs(graph).Where(p => p.A != p.B).Take(100).ToList();
        graph.History(related[0].A, related[0].B, direct: true);
        var timed = related.Select(p =>
        {
            var watch = Stopwatch.StartNew();
            var rows = graph.History(p.A, p.B, direct: true);
            return (Micros: watch.Elapsed.TotalMicroseconds, p.A, p.B, Rows: rows.Length, DegA: graph.RelationsOf(p.A).Length, DegB: graph.RelationsOf(p.B).Length);
        }).OrderByDescending(t => t.Micros).Take(8);
        foreach (var t in timed)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Micros,10:F0} µs  {t.Rows} rows  {t.A} ({t.DegA}) {t.B} ({t.DegB})"));
        }

        var loops = int.TryParse(Environment.GetEnvironmentVariable("DIPGRAPH_PROBE_LOOPS"), out var n) ? n : 0;
        var entities = RandomPicks.Entities(graph).Take(100).Select(e => e.Id).ToList();
        var all = Stopwatch.StartNew();
        for (var i = 0; i < loops; i++)
        {
            related.ForEach(p => graph.History(p.A, p.B, direct: true));
        }

        output.WriteLine($"history x{loops}: {all.Elapsed.TotalSeconds:F3} s");
        all.Restart();
        for (var i = 0; i < loops; i++)
        {
            entities.ForEach(e => graph.Timeline(e, direct: true));
        }

        output.WriteLine($"timeline x{loops}: {all.Elapsed.TotalSeconds:F3} s");
    }
}
