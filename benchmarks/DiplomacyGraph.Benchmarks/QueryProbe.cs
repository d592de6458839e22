using System.Diagnostics;
using System.Globalization;
using System.Text;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// A diagnostic for query speed-ups (<c>query-probe GRAPHML dump|time|timeline-each|earliest|earliest-check|neighbourhood [LOOPS]</c>): <c>dump</c> prints every field of the answers of
/// History, Timeline (direct and through members, with and without a filter), EarliestArrival (both modes, two start days) and
/// Neighbourhood (the ids of each slice, one and two hops, three filters) on
/// the script's picks, one canonical text to diff before and after a change; <c>time</c> prints the CPU microseconds per call of
/// each, for a profiler to sample or a quick comparison (not a result to record: the script is); <c>earliest</c> prints, per pair,
/// whether EarliestArrival answers, the kinds at both ends and the best CPU µs of LOOPS calls (where its time goes);
/// <c>timeline-each</c> the CPU of building the indexes a timeline reads and of the first call, then the best CPU µs of one direct timeline per
/// entity, the costliest first (which entities the time goes to);
/// <c>earliest-check</c> EarliestArrival's label index against the label-setting search (see <see cref="EarliestCheck"/>);
/// <c>neighbourhood</c> the best CPU milliseconds of LOOPS calls of the 2-hop <c>Neighbourhood</c> of the entities at the median,
/// 90th and 99th percentile of degree (meetings aside; the PostgreSQL benchmark's picks), and the size of each slice.
/// </summary>
public static class QueryProbe
{
    public static void Run(string graphml, string mode, int loops, TextWriter output)
    {
        // A 1M-relation file is about 700 MB, over the default document limit (512 MB).
        var graph = DiplomaticGraph.Load([graphml], new GraphReaderOptions { MaxDocumentSize = long.MaxValue });
        var pairs = RandomPicks.EntityPairs(graph).Take(100).Select(p => (p.A.Id, p.B.Id)).ToList();
        var related = RandomPicks.RelatedPairs(graph).Where(p => p.A != p.B).Take(100).ToList();
        var entities = RandomPicks.Entities(graph).Take(100).Select(e => e.Id).ToList();
        var start = new DateOnly(1995, 1, 1);
        if (mode == "dump")
        {
            var window = new QueryFilter { Window = DateRange.Between(FuzzyDate.OfYear(2005), FuzzyDate.OfYear(2012)), Assertions = new HashSet<Assertion> { Assertion.Stated, Assertion.Alleged } };
            foreach (var (a, b) in related)
            {
                output.WriteLine($"== history {a} {b}");
                Rows(output, graph.History(a, b, direct: true));
                output.WriteLine($"== history-members {a} {b}");
                Rows(output, graph.History(a, b));
                output.WriteLine($"== history-window {a} {b}");
                Rows(output, graph.History(a, b, window));
            }

            foreach (var e in entities)
            {
                output.WriteLine($"== timeline {e}");
                Rows(output, graph.Timeline(e, direct: true));
                output.WriteLine($"== timeline-members {e}");
                Rows(output, graph.Timeline(e));
                output.WriteLine($"== timeline-window {e}");
                Rows(output, graph.Timeline(e, window));
                foreach (var (hops, filter) in new[] { (1, (QueryFilter?)null), (2, null), (2, window), (2, new QueryFilter { AvoidKinds = new HashSet<EntityKind> { EntityKind.Meeting } }) })
                {
                    var slice = graph.Neighbourhood(e, hops, filter);
                    output.WriteLine($"== neighbourhood {e} {hops}: {slice.Entities.Length} entities [{string.Join(" ", slice.Entities.Select(x => x.Id))}] {slice.Relations.Length} relations [{string.Join(" ", slice.Relations.Select(r => r.Id))}]");
                }

            }

            var wide = new QueryFilter { Assertions = new HashSet<Assertion> { Assertion.Stated, Assertion.Alleged, Assertion.Planned } };
            foreach (var (a, b) in pairs)
            {
                foreach (var day in new[] { start, new DateOnly(2010, 6, 1) })
                {
                    foreach (var order in new[] { TimeOrderMode.Lenient, TimeOrderMode.Strict })
                    {
                        output.WriteLine($"== earliest {a} {b} {IsoDay.Format(day)} {order}: {Path(graph.EarliestArrival(a, b, day, order))}");
                    }
                }

                output.WriteLine($"== earliest-wide {a} {b}: {Path(graph.EarliestArrival(a, b, start, TimeOrderMode.Lenient, wide))}");
                output.WriteLine($"== earliest-directed {a} {b}: {Path(graph.EarliestArrival(a, b, start, TimeOrderMode.Lenient, new QueryFilter { Directed = true, OnlyTypes = null }))}");
                output.WriteLine($"== earliest-window {a} {b}: {Path(graph.EarliestArrival(a, b, start, TimeOrderMode.Lenient, window))}");
                output.WriteLine($"== earliest-avoid {a} {b}: {Path(graph.EarliestArrival(a, b, start, TimeOrderMode.Lenient, new QueryFilter { AvoidKinds = new HashSet<EntityKind> { EntityKind.Meeting } }))}");
                output.WriteLine($"== earliest-all-types {a} {b}: {Path(graph.EarliestArrival(a, b, start, TimeOrderMode.Lenient, new QueryFilter { OnlyTypes = graph.RelationTypes.Select(t => t.Name).ToHashSet() }))}");
                output.WriteLine($"== path {a} {b}: {Path(graph.ShortestPath(a, b))}");
            }

            return;
        }

        if (mode == "neighbourhood")
        {
            var byDegree = graph.Entities.Where(e => e.Meeting is null).OrderByDescending(e => graph.RelationsOf(e.Id).Length).ToList();
            graph.Neighbourhood(byDegree[0].Id, 1); // builds the step adjacency: not what is timed
            foreach (var (label, entity) in new[] { ("median", byDegree[byDegree.Count / 2]), ("90th percentile", byDegree[byDegree.Count / 10]), ("99th percentile", byDegree[byDegree.Count / 100]) })
            {
                DiplomaticGraph? slice = null;
                var best = CpuRounds.PerPass(Math.Max(loops, 1), 1, () => slice = graph.Neighbourhood(entity.Id, 2)).Min();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"2-hop neighbourhood, {label} degree ({entity.Id}, {graph.RelationsOf(entity.Id).Length} relations): {best * 1e3,9:F1} ms CPU (best of {loops})  {slice!.Entities.Length:N0} entities, {slice.Relations.Length:N0} relations"));
            }

            return;
        }

        if (mode == "timeline-each")
        {
            // The first call, which builds the indexes a timeline reads; then per entity the rows of its direct timeline and the
            // best CPU µs of LOOPS calls, the costliest first.
            double Ms(Action action)
            {
                var before = ProcessCpuClock.Seconds();
                action();
                return (ProcessCpuClock.Seconds() - before) * 1e3;
            }

            var topology = graph.QueryIndexes;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"indexes, ms CPU: time-respecting {Ms(() => _ = topology.TimeRespecting):F1}, attendance {Ms(() => _ = topology.Attendance):F1}, met at meetings {Ms(() => _ = topology.MetAtMeetings):F1}; first call {Ms(() => graph.Timeline(entities[0], direct: true)):F1}"));
            var costs = entities.Select(e => (Id: e, Rows: graph.Timeline(e, direct: true).Length, Best: CpuRounds.PerPass(5, Math.Max(loops, 1), () => graph.Timeline(e, direct: true)).Min() * 1e6)).ToList();
            foreach (var (id, rows, best) in costs.OrderByDescending(c => c.Best))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{best,10:F2} µs  {rows,5} rows  {id}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{costs.Sum(c => c.Best),10:F2} µs in all for {costs.Count} entities"));
            return;
        }

        if (mode == "earliest-check")
        {
            EarliestCheck(graph, pairs, loops, output);
            return;
        }

        if (mode == "earliest")
        {
            // Per pair: answer or none, hops, the kinds at both ends and the CPU µs of one call (best of the loops).
            graph.EarliestArrival(pairs[0].Item1, pairs[0].Item2, start);
            foreach (var (a, b) in pairs)
            {
                var best = double.MaxValue;
                TimeRespectingPath? found = null;
                for (var i = 0; i < loops; i++)
                {
                    var watch = Stopwatch.StartNew();
                    found = graph.EarliestArrival(a, b, start);
                    best = Math.Min(best, watch.Elapsed.TotalMicroseconds);
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{best,10:F1} µs  {(found is null ? "none" : $"{found.Path.Length} hops")}  {graph.GetEntity(a).Kind} -> {graph.GetEntity(b).Kind}  {a} {b}"));
            }

            return;
        }

        graph.History(related[0].A, related[0].B);
        graph.ShortestPath(pairs[0].Item1, pairs[0].Item2);
        graph.EarliestArrival(pairs[0].Item1, pairs[0].Item2, start);
        var only = Environment.GetEnvironmentVariable("DIPGRAPH_PROBE_ONLY");
        void Time(string name, Action action)
        {
            if (!string.IsNullOrEmpty(only) && !only.Split(",").Contains(name))
            {
                return;
            }

            // The fastest of several rounds (CPU time of the process): on a shared machine, the least disturbed.
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var best = CpuRounds.PerPass(5, loops, action).Min() * 1e6 / 100;

            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (5.0 * loops * 100);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-18} {best,10:F2} µs CPU/call (best of 5 rounds of {loops} x 100)  {bytes,10:F0} B allocated/call"));
        }

        Time("shortest_path", () => pairs.ForEach(p => graph.ShortestPath(p.Item1, p.Item2)));
        Time("earliest_arrival", () => pairs.ForEach(p => graph.EarliestArrival(p.Item1, p.Item2, start)));
        Time("history", () => related.ForEach(p => graph.History(p.A, p.B, direct: true)));
        Time("history_members", () => related.ForEach(p => graph.History(p.A, p.B)));
        Time("timeline", () => entities.ForEach(e => graph.Timeline(e, direct: true)));
        Time("timeline_members", () => entities.ForEach(e => graph.Timeline(e)));
    }


    /// <summary>
    /// <c>earliest-check</c>: the index's build time and size, then EarliestArrival (the label index when lenient under the default
    /// filter) against the label-setting search on the script's pairs and LOOPS × 100 random pairs, both modes, four start days:
    /// earliest day, key, hops, ends and the key the path itself walks to must agree; the other day of the answer (lenient: reached
    /// by; strict: earliest) may differ only between equally good paths, and is counted with the other paths.
    /// </summary>
    private static void EarliestCheck(DiplomaticGraph graph, List<(string, string)> pairs, int loops, TextWriter output)
    {
        var topology = graph.QueryIndexes;
        _ = topology.TimeRespecting;
        var cpu = ProcessCpuClock.Seconds();
        var watch = Stopwatch.StartNew();
        var labels = topology.EarliestArrival.Labels;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"labels built in {watch.Elapsed.TotalSeconds:F2} s wall, {ProcessCpuClock.Seconds() - cpu:F2} s CPU (with the hops in): {labels.Out.Length:N0} out + {labels.In.Length:N0} in labels, {labels.Count * 12 / 1e6:F1} MB ({labels.Count * 12.0 / graph.Relations.Length:F1} B/relation)"));
        var hopsIn = topology.EarliestArrival.InFrom.Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hops in: {hopsIn:N0} ({hopsIn * 8.0 / graph.Relations.Length:F1} B/relation)"));
        var random = new Random(11);
        var ids = graph.Entities;
        var checks = pairs.Concat(Enumerable.Range(0, loops * 100).Select(_ => (ids[random.Next(ids.Length)].Id, ids[random.Next(ids.Length)].Id))).ToList();
        var days = new[] { new DateOnly(1995, 1, 1), new DateOnly(2008, 6, 1), new DateOnly(2016, 1, 1), new DateOnly(2023, 3, 1) };
        int total = 0, found = 0, wrong = 0, otherDay = 0, otherPath = 0;
        foreach (var (a, b) in checks)
        {
            foreach (var day in days)
            {
                foreach (var order in new[] { TimeOrderMode.Lenient, TimeOrderMode.Strict })
                {
                    total++;
                    var indexed = graph.EarliestArrival(a, b, day, order);
                    var searched = EarliestArrivalQueries.Search(graph, a, b, day, order);
                    var key = (TimeRespectingPath p) => order == TimeOrderMode.Lenient ? p.EarliestArrival : p.ReachedBy;
                    var same = indexed is null || searched is null
                        ? indexed is null && searched is null
                        : key(indexed) == key(searched) && indexed.Path.Length == searched.Path.Length && indexed.Path.End.Id == b
                          && indexed.Path.Start.Id == a && (order == TimeOrderMode.Strict ? indexed.ReachedBy : indexed.EarliestArrival) == key(searched);
                    if (!same)
                    {
                        if (wrong++ < 10)
                        {
                            output.WriteLine($"differs: {a} {b} {day} {order}: index {Describe(indexed)}, search {Describe(searched)}");
                        }

                        continue;
                    }

                    if (indexed is null || searched is null)
                    {
                        continue;
                    }

                    found++;
                    otherDay += (order == TimeOrderMode.Lenient ? indexed.ReachedBy != searched.ReachedBy : indexed.EarliestArrival != searched.EarliestArrival) ? 1 : 0;
                    otherPath += indexed.Path.Hops.Select(h => h.Relation.Id).SequenceEqual(searched.Path.Hops.Select(h => h.Relation.Id)) ? 0 : 1;
                }
            }
        }

        output.WriteLine($"checked {total:N0} queries ({found:N0} with a path): {wrong} differ in earliest day, key or hops; {otherPath} other paths of the same key and hops, {otherDay} of them with another second day");
    }

    private static string Describe(TimeRespectingPath? path) =>
        path is null ? "none" : $"{path.Path.Length} hops, earliest {path.EarliestArrival}, reached by {path.ReachedBy}";

    private static string Path(TimeRespectingPath? path) =>
        path is null ? "none" : $"{path} | {string.Join(" ", path.Path.Hops.Select(h => $"{h.Relation.Id}:{h.From.Id}>{h.To.Id}@{h.Time}"))}";

    private static string Path(GraphPath? path) =>
        path is null ? "none" : $"{path} | {string.Join(" ", path.Hops.Select(h => $"{h.Relation.Id}:{h.From.Id}>{h.To.Id}@{h.Time}/{h.FirstCitation}"))}";

    private static void Rows(TextWriter output, IEnumerable<HistoryEntry> rows)
    {
        foreach (var row in rows)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{row.Kind} {row.Id} {row.Time} {row.Type} {row.Role} {row.Assertion} {row.ClaimedBy} {row.Party.Id} {row.OtherParty.Id} {row.Meeting?.Id} {row.Statement?.Id} {row.InWindow}");
            text.Append(" rel[").AppendJoin(",", row.Relations.Select(r => r.Id)).Append(']');
            text.Append(" via[").AppendJoin(",", row.Via.Select(r => r.Id)).Append(']');
            text.Append(" cite[").AppendJoin(",", row.Citations.Select(c => $"{c.SourceId}/{c.SourceTitle}/{c.SourceUrl}/{c.Evidence}")).Append(']');
            text.Append(" parties[").AppendJoin(",", row.Parties.Select(p => $"{p.Entity.Id}/{p.Role}/{p.Assertion}/{p.ActsFor?.Id}/{string.Join("+", p.Via.Select(v => v.Id))}")).Append(']');
            text.Append(" through[").AppendJoin(",", row.Through).Append(']');
            text.Append(" | ").Append(row);
            output.WriteLine(text.ToString());
        }
    }
}
