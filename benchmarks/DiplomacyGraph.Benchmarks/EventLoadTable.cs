using System.Diagnostics;
using System.Globalization;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Events;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// <c>events [ROWS]</c> (issue 17): a GDELT 1.0 file of ROWS rows (1M by default) made by repeating the 710-row sample
/// (tests/DiplomacyGraph.Tests/Fixtures/events) with fresh <c>GLOBALEVENTID</c>s, imported next to a bare pass of the
/// same tab-row reader over the same file (every row split into its fields, each field touched), and the bytes the
/// imported graph keeps per relation. A second file gives every row its own tone as well, so that no two rows share an
/// attribute set (the repeated sample otherwise lets rows share them). CPU seconds of the process (all threads: the
/// collector's count), median of three, wall seconds beside them. Both sides are measured settled: each has first run
/// three times on a 100k-row file, so the runtime has compiled their hot code optimized (as the query comparison does),
/// and neither side pays for compiling what the other compiled. <c>events-first ROWS bare|import</c> times one call
/// alone in a fresh process instead: what a command-line import costs, compiling included.
/// </summary>
public static class EventLoadTable
{
    private static readonly GraphReaderOptions Unlimited = new() { MaxDocumentSize = long.MaxValue };

    public static void Run(int rows, TextWriter output)
    {
        var repeated = MakeFile(rows, uniqueTone: false);
        var unique = MakeFile(rows, uniqueTone: true);
        const int repeats = 3;
        var small = MakeFile(Math.Min(rows, 100_000), uniqueTone: false);
        for (var i = 0; i < 3; i++)
        {
            BarePass(small, strings: false);
            BarePass(small, strings: true, strict: true);
            BarePass(small, strings: true);
            Import(small);
        }

        var split = CpuMedian.Of(repeats, () => BarePass(repeated, strings: false), out var splitWall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows,9:N0} rows  bare TabRows split {split,7:F2} s CPU {splitWall,7:F2} s wall"));
        var decoded = CpuMedian.Of(repeats, () => BarePass(repeated, strings: true, strict: true), out var decodedWall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows,9:N0} rows  bare pass, strict UTF-8 {decoded,7:F2} s CPU {decodedWall,7:F2} s wall"));
        var bare = CpuMedian.Of(repeats, () => BarePass(repeated, strings: true), out var bareWall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows,9:N0} rows  bare TabRows pass  {bare,7:F2} s CPU {bareWall,7:F2} s wall"));
        var (jitBefore, methodsBefore) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        var import = CpuMedian.Of(repeats, () => Import(repeated), out var importWall);
        var (jit, methods) = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore, System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows,9:N0} rows  GDELT import       {import,7:F2} s CPU {importWall,7:F2} s wall ({methods} methods compiled in {jit.TotalSeconds:F2} s during the {repeats} imports)"));
        var loaded = Import(repeated);
        var build = CpuMedian.Of(repeats, () => GraphBuilder.From(loaded).Build(), out var buildWall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows,9:N0} rows  validation + indexing {build,7:F2} s CPU {buildWall,7:F2} s wall"));
        loaded = null;
        var (relations, resident) = Resident(() => Import(repeated));
        var (uniqueRelations, uniqueResident) = Resident(() => Import(unique));
        output.WriteLine();
        output.WriteLine($"| measure | {rows:N0} GDELT rows | target |");
        output.WriteLine("| --- | ---: | --- |");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| import / bare TabRows pass (every field's text made, as a bare JsonTextReader pass makes every value) | {import / bare:F2}× ({import:F2} s / {bare:F2} s CPU) | ≤ 2.0× |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| import / bare pass through the loaders' strict UTF-8 reader (Utf8FileReader) | {import / decoded:F2}× ({import:F2} s / {decoded:F2} s CPU) | — |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| import / bare TabRows split (fields as spans only) | {import / split:F2}× ({import:F2} s / {split:F2} s CPU) | — |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| of which validation + indexing (GraphBuilder.From(graph).Build()) | {build / import * 100:F0}% ({build:F2} s CPU) | — |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| resident after import (repeated sample) | {resident / (double)relations:F0} B/relation ({relations:N0} relations) | ≤ 400 B/relation |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| resident after import (every tone its own) | {uniqueResident / (double)uniqueRelations:F0} B/relation ({uniqueRelations:N0} relations) | ≤ 400 B/relation |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
    }

    /// <summary>One bare pass (every field's text made) or one import of the ROWS-row file, the first call of its process.</summary>
    public static void First(int rows, string what, TextWriter output)
    {
        var path = MakeFile(rows, uniqueTone: false);
        var cpu = CpuMedian.Of(1, what == "bare" ? () => BarePass(path, strings: true) : () => Import(path), out var wall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows,9:N0} rows  first {what,-6} {cpu,7:F2} s CPU {wall,7:F2} s wall"));
    }

    private static DiplomaticGraph Import(string path) =>
        EventImport.Load(EventDataset.Gdelt, [path], new EventImportOptions { Reading = Unlimited }).Graph;

    /// <summary>The floor: the same reader over the same file, every row split and every field's length summed (with <paramref name="strings"/>, every field's text made).</summary>
    private static long BarePass(string path, bool strings, bool strict = false)
    {
        using TextReader text = strict ? DiplomacyGraph.Formats.Document.Utf8FileReader.Open(path, Unlimited) : new StreamReader(path);
        var rows = new TabRows(text);
        var sum = 0L;
        while (rows.Next())
        {
            for (var i = 0; i < rows.Count; i++)
            {
                sum += strings ? rows.Text(i)?.Length ?? 0 : rows[i].Length;
            }
        }

        return sum;
    }

    private static string MakeFile(int rows, bool uniqueTone)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("DIPGRAPH_BENCH_DIR") ?? Path.Combine(Path.GetTempPath(), "diplomacygraph-benchmarks"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"gdelt-{rows}{(uniqueTone ? "-unique-tone" : string.Empty)}.tsv");
        if (File.Exists(path))
        {
            return path;
        }

        var sample = File.ReadAllLines(SamplePath()).Select(l => l.Split('\t')).ToList();
        using (var writer = new StreamWriter(path + ".tmp"))
        {
            for (var i = 0; i < rows; i++)
            {
                var fields = (string[])sample[i % sample.Count].Clone();
                fields[0] = (1_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
                if (uniqueTone)
                {
                    fields[34] = (-10 + (i % 2_000_000 / 100_000.0)).ToString("0.00000", CultureInfo.InvariantCulture);
                }

                writer.Write(string.Join('\t', fields));
                writer.Write('\n');
            }
        }

        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }

    private static string SamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "DiplomacyGraph.Tests", "Fixtures", "events", "gdelt1-events-2016-07-28.tsv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("The GDELT sample (tests/DiplomacyGraph.Tests/Fixtures/events) was not found above " + AppContext.BaseDirectory);
    }

    private static (int Relations, long Bytes) Resident(Func<DiplomaticGraph> make)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var graph = make();
        var bytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        var relations = graph.Relations.Length;
        GC.KeepAlive(graph);
        return (relations, bytes);
    }
}
