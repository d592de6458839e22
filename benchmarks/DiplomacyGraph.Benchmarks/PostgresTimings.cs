using System.Collections.Immutable;
using System.Diagnostics;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.PostgreSql;
using DiplomacyGraph.PostgreSql.Schema;
using DiplomacyGraph.PostgreSql.Writing;
using Npgsql;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The PostgreSQL store's targets, each measured once (or as a median over repeats) with a Stopwatch against one server in
/// one run: push vs a bare binary COPY of the same rows, server-side History, a 2-hop neighbourhood load, and replacing one
/// source. Creates its own databases on the server and drops them. The connection string is never printed.
/// </summary>
internal static class PostgresTimings
{
    /// <param name="server">A connection string with the right to create databases.</param>
    /// <param name="relations">The size of the generated graph.</param>
    /// <param name="output">Where the lines go.</param>
    /// <param name="quick">Skip the baseline COPY and the neighbourhood loads (a second look at history and replace).</param>
    /// <param name="keep">
    /// The name of a database to keep between runs: created and pushed when it holds nothing, reused (no push timed) when it
    /// holds the graph already, never dropped — for looking at plans with <c>EXPLAIN ANALYZE</c> and re-measuring the reads
    /// without a push each time. No baseline COPY then, and no replace (it would change the kept graph).
    /// </param>
    /// <param name="only">
    /// <c>direct</c>: only the direct history; <c>history</c>: only the two histories; <c>neighbourhoods</c>: only the
    /// neighbourhood and whole loads; <see langword="null"/>: everything.
    /// </param>
    public static async Task RunAsync(string server, int relations, TextWriter output, bool quick = false, string? keep = null, string? only = null)
    {
        var clock = Stopwatch.StartNew();
        var graph = BenchmarkCorpus.Graph(relations);
        output.WriteLine($"graph: {graph.Entities.Length:N0} entities, {graph.Relations.Length:N0} relations, {graph.Sources.Length:N0} sources (generated in {clock.Elapsed.TotalSeconds:F1} s)");

        // Bare COPY: the same rows, already turned into rows, into the same tables, in one transaction.
        await using (var bare = await Database.CreateAsync(server))
        {
            var copy = TimeSpan.Zero;
            if (!quick && keep is null)
            {
                var rows = await CapturedRows.CaptureAsync(bare.ConnectionString, graph);
                copy = await rows.CopyAsync(bare.ConnectionString);
                output.WriteLine($"bare binary COPY of the same rows ({rows.Count:N0} rows in {rows.TableCount} tables): {copy.TotalSeconds:F2} s");
            }

            await using var pushed = keep is null ? await Database.CreateAsync(server) : await Database.KeptAsync(server, keep);
            if (keep is not null && (await pushed.Store.CountAsync()).Relations == graph.Relations.Length)
            {
                output.WriteLine($"kept database {keep}: reused, not pushed");
            }
            else
            {
            clock.Restart();
            await pushed.Store.PushAsync(graph);
            var push = clock.Elapsed;
            output.WriteLine(quick || keep is not null
                ? $"push (PushAsync, graph to rows, COPY, commit, ANALYZE): {push.TotalSeconds:F2} s"
                : $"push (PushAsync, graph to rows, COPY, commit, ANALYZE): {push.TotalSeconds:F2} s = {push / copy:F2} x bare COPY (target <= 1.5)");
            }

            var random = new Random(18);
            var pairs = graph.Relations.Where(r => r.From != r.To).OrderBy(_ => random.Next()).Take(201).Select(r => (r.From, r.To)).ToList();
            // The ends of random relations: most have a busy entity at one end (activity is Zipf-skewed), as real queries would.
            bool[] histories = only switch { "direct" => [true], "neighbourhoods" => [], _ => [true, false] };
            foreach (var direct in histories)
            {
                await pushed.Store.HistoryAsync(pairs[0].From, pairs[0].To, direct: direct);
                var times = new List<double>();
                var callCpu = new List<double>();
                var slowest = new List<(double Ms, int Rows, string A, string B)>();
                var rows = 0;
                using var self = Process.GetCurrentProcess();
                var (clientBefore, serverBefore) = (self.TotalProcessorTime, ServerCpu.Read(pushed.Name));
                foreach (var (a, b) in pairs.Skip(1))
                {
                    self.Refresh();
                    var cpuBefore = self.TotalProcessorTime;
                    clock.Restart();
                    var found = (await pushed.Store.HistoryAsync(a, b, direct: direct)).Length;
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    self.Refresh();
                    callCpu.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    slowest.Add((times[^1], found, a, b));
                    rows += found;
                }

                self.Refresh();

                // CPU time spent per call, by this process and by the server's processes (when they can be read: a local server
                // whose processes this user may see): what a call costs on an idle machine, apart from the loopback round trips.
                var client = (self.TotalProcessorTime - clientBefore).TotalMilliseconds / times.Count;
                var serverCpu = ServerCpu.Read(pushed.Name) is { } after && serverBefore is { } before ? $"{(after - before).TotalMilliseconds / times.Count:F2} ms" : "not readable";
                output.WriteLine($"HistoryAsync of a pair{(direct ? ", direct" : " (with members, the default)")}, {times.Count} random related pairs ({rows:N0} rows): median {Median(times):F2} ms, p90 {Percentile(times, 0.9):F2} ms, max {times.Max():F0} ms; mean CPU per call: client {client:F2} ms, server {serverCpu} (target median <= 5 ms)");

                // The mean hides what a typical call costs: a few pairs with a hub (thousands of shared meetings) dominate it. The
                // median of the process's CPU per call (background JIT and GC threads included), and the slowest pairs by name.
                output.WriteLine($"  client CPU per call (process, all threads): median {Median(callCpu):F2} ms, p90 {Percentile(callCpu, 0.9):F2} ms; slowest: "
                    + string.Join(", ", slowest.OrderByDescending(s => s.Ms).Take(3).Select(s => $"{s.A}/{s.B} {s.Rows:N0} rows {s.Ms:F0} ms")));
            }

            // "A busy entity": the ones at the 99th and 90th percentiles of degree (relations of its own, meetings aside) — busy, but
            // not the single hub the generator's Zipf draw makes; the median entity is shown beside them for scale, and the whole
            // graph's load as the floor a neighbourhood that is most of the graph cannot beat. Each load is timed once, after one
            // untimed warm-up, next to the in-memory Neighbourhood of the same entity (the same slice: the equality tests).
            var byDegree = graph.Entities.Where(e => e.Meeting is null).OrderByDescending(e => graph.RelationsOf(e.Id).Length).ToList();
            var hoods = quick || only is "direct" or "history" ? [] : new[]
            {
                ("median-degree", byDegree[byDegree.Count / 2]), ("90th-percentile-degree", byDegree[byDegree.Count / 10]), ("99th-percentile-degree", byDegree[byDegree.Count / 100]),
            };
            foreach (var (label, entity) in hoods)
            {
                var slice = new GraphSlice { Around = entity.Id, Hops = 2 };
                await pushed.Store.LoadAsync(slice);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                clock.Restart();
                var hood = await pushed.Store.LoadAsync(slice);
                var took = clock.Elapsed;
                var client = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                clock.Restart();
                var inMemory = graph.Neighbourhood(entity.Id, 2);
                var memory = clock.Elapsed;
                output.WriteLine($"2-hop neighbourhood of the {label} entity {entity.Id} (degree {graph.RelationsOf(entity.Id).Length:N0}): {took.TotalMilliseconds:F0} ms (client CPU {client.TotalMilliseconds:F0} ms) for {hood.Entities.Length:N0} entities and {hood.Relations.Length:N0} relations ({100.0 * hood.Relations.Length / graph.Relations.Length:F0} % of the graph; {hood.Relations.Length / took.TotalSeconds:N0} relations/s) (target <= 100 ms); in memory {memory.TotalMilliseconds:F0} ms, {inMemory.Relations.Length:N0} relations");
            }

            if (!quick && only is null or "neighbourhoods")
            {
                clock.Restart();
                var whole = await pushed.Store.LoadAsync();
                output.WriteLine($"whole-graph load (LoadAsync()), for scale: {clock.Elapsed.TotalSeconds:F1} s for {whole.Relations.Length:N0} relations ({whole.Relations.Length / clock.Elapsed.TotalSeconds:N0} relations/s)");
            }

            if (keep is not null)
            {
                return;
            }

            var source = graph.Sources[graph.Sources.Length / 2].Id;
            var update = Reworded(graph, source);
            clock.Restart();
            await pushed.Store.ReplaceSourceAsync(source, update);
            output.WriteLine($"replace one source ({update.Relations.Length:N0} relations and {update.Entities.Length:N0} entities citing it or cited) in the {graph.Relations.Length:N0}-relation store: {clock.Elapsed.TotalMilliseconds:F0} ms (target <= 1000 ms)");
        }
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }

    /// <summary>The source's facts with its quotes reworded, plus the entities they point at.</summary>
    private static DiplomaticGraph Reworded(DiplomaticGraph graph, string source)
    {
        ImmutableArray<Citation> Edit(ImmutableArray<Citation> cs) => [.. cs.Select(c => c.SourceId == source ? new QuoteCitation(c.SourceId, "revised: " + (c is QuoteCitation q ? q.Quote : string.Empty)) : c)];
        var relations = graph.Relations.Where(r => r.Citations.Any(c => c.SourceId == source)).Select(r => r with { Citations = Edit(r.Citations) }).ToList();
        var ends = relations.SelectMany(r => new[] { r.From, r.To, r.ClaimedBy }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // Entities citing the source come too, their quotes reworded.
        var citing = graph.Entities.Where(e => e.Citations.Any(c => c.SourceId == source) || (e.Meeting?.Statuses.Any(s => s.Citations.Any(c => c.SourceId == source)) ?? false))
            .ToDictionary(e => e.Id, e => e with
            {
                Citations = Edit(e.Citations),
                Meeting = e.Meeting is { } m ? new MeetingDetails { Time = m.Time, Topics = m.Topics, Statuses = [.. m.Statuses.Select(s => new StatusReport { Status = s.Status, Citations = Edit(s.Citations) })] } : null,
            }, StringComparer.Ordinal);
        var builder = new GraphBuilder();
        foreach (var t in graph.ExtensionTypes)
        {
            builder.AddRelationType(t);
        }

        foreach (var s in graph.Sources)
        {
            builder.AddSource(s);
        }

        foreach (var e in graph.Entities.Where(e => ends.Contains(e.Id) || citing.ContainsKey(e.Id)))
        {
            builder.AddEntity(citing.GetValueOrDefault(e.Id, e));
        }

        foreach (var r in relations)
        {
            builder.AddRelation(r);
        }

        return builder.Build();
    }

    /// <summary>A database of its own on the server, migrated, dropped at the end.</summary>
    private sealed class Database : IAsyncDisposable
    {
        private readonly string server;
        private readonly string name;

        private readonly bool kept;

        private Database(string server, string name, string connectionString, bool kept = false)
        {
            this.kept = kept;
            this.server = server;
            this.name = name;
            ConnectionString = connectionString;
            Store = PostgresGraphStore.Open(connectionString);
        }

        public string ConnectionString { get; }

        public string Name => name;

        public PostgresGraphStore Store { get; }

        public static async Task<Database> CreateAsync(string server)
        {
            var name = "dgbench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }

            var database = new Database(server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
            await database.Store.MigrateAsync();
            return database;
        }

        /// <summary>The named database, created (and migrated) when missing; never dropped.</summary>
        public static async Task<Database> KeptAsync(string server, string name)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z_][a-z0-9_]*$"))
            {
                throw new ArgumentException($"--keep takes a plain lower-case database name, not '{name}'.", nameof(name));
            }

            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", admin);
                exists.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
                if (!(bool)(await exists.ExecuteScalarAsync())!)
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                    await create.ExecuteNonQueryAsync();
                }
            }

            var database = new Database(server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, kept: true);
            await database.Store.MigrateAsync();
            return database;
        }

        public async ValueTask DisposeAsync()
        {
            await Store.DisposeAsync();
            if (kept)
            {
                return;
            }

            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
