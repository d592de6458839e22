using System.Collections.Concurrent;
using System.Text;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The synthetic graphs and files every benchmark runs on: one graph per size (ten relations per entity, random seed 42),
/// generated once per process, and its files written once per machine (the generator is deterministic, so a file
/// on disk for a size and generator fingerprint is the file the generator would write again).
/// </summary>
public static class BenchmarkCorpus
{
    /// <summary>The random seed of every benchmark graph.</summary>
    public const long RandomSeed = 42;

    /// <summary>How many relations per entity.</summary>
    public const int RelationsPerEntity = 10;

    private static readonly ConcurrentDictionary<int, DiplomaticGraph> Graphs = new();

    /// <summary>Where the files live: <c>$DIPGRAPH_BENCH_DIR</c>, or a folder under the temp directory.</summary>
    public static string Directory { get; } = Environment.GetEnvironmentVariable("DIPGRAPH_BENCH_DIR") is { Length: > 0 } dir
        ? dir
        : Path.Combine(Path.GetTempPath(), "diplomacygraph-benchmarks");

    /// <summary>The options of the graph with this many relations.</summary>
    public static SyntheticGraphOptions Options(int relations) =>
        new() { Entities = Math.Max(SyntheticGraphOptions.MinimumEntities, relations / RelationsPerEntity), Relations = relations, RandomSeed = RandomSeed };

    /// <summary>The graph with this many relations (generated on first use, then kept).</summary>
    public static DiplomaticGraph Graph(int relations) => Graphs.GetOrAdd(relations, r => SyntheticGraph.Generate(Options(r)));

    /// <summary>
    /// A short hash of a small generated graph as one writer writes it: it changes whenever the generator or that writer
    /// changes what they produce, so a file on disk from an older build is never taken for the current one.
    /// </summary>
    private static readonly Lazy<DiplomaticGraph> Sample = new(() => SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 50, Relations = 500, RandomSeed = RandomSeed }));

    private static readonly ConcurrentDictionary<string, string> Fingerprints = new(StringComparer.Ordinal);

    /// <summary>A hash of a small sample written by the same writer, so a file cached by another version of a format is not reused.</summary>
    private static string Fingerprint(string extension, Action<DiplomaticGraph, TextWriter> write) => Fingerprints.GetOrAdd(extension, _ =>
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(Sample.Value, writer);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(writer.ToString())))[..12];
    });

    public static void Release() => Graphs.Clear();

    /// <summary>The path of the graph's file in a format (<c>json</c>, <c>yaml</c>…), written on first use with <paramref name="write"/>.</summary>
    public static string File(int relations, string extension, Action<DiplomaticGraph, TextWriter> write)
    {
        var path = Path.Combine(Directory, $"synthetic-{relations}-seed{RandomSeed}-{Fingerprint(extension, write)}.{extension}");
        if (!System.IO.File.Exists(path))
        {
            System.IO.Directory.CreateDirectory(Directory);
            var partial = $"{path}.{Guid.NewGuid():N}.partial";
            using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(Graph(relations), writer);
            }

            System.IO.File.Move(partial, path, overwrite: true);
        }

        return path;
    }

    /// <summary>The graph as JSON on disk.</summary>
    public static string JsonFile(int relations) => File(relations, "json", GraphFormats.WriterFor(".json")!.Write);

    /// <summary>The graph as YAML on disk.</summary>
    public static string YamlFile(int relations) => File(relations, "yaml", GraphFormats.WriterFor(".yaml")!.Write);
}
