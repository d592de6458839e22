using System.Reflection;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Document;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Model;

namespace DiplomacyGraph;

/// <summary>
/// The curated default dataset shipped inside the package: Pakistan–Afghanistan relations in 2025, from
/// five news articles (every <c>seeds/*.yaml</c> file, with the articles their quotes are checked against).
/// </summary>
/// <example><code>
/// DiplomaticGraph graph = Seeds.Load();
/// </code></example>
public static class Seeds
{
    private const string Prefix = "seeds/";
    private static readonly Assembly Assembly = typeof(Seeds).Assembly;
    private static readonly Lazy<DiplomaticGraph> Graph = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded dataset, loaded once and shared (graphs are immutable).</summary>
    /// <exception cref="GraphFormatException">The embedded dataset is invalid (a packaging bug).</exception>
    public static DiplomaticGraph Load() => Graph.Value;

    /// <summary>The names of the embedded dataset files (<c>seeds/….yaml</c>) and article files (<c>seeds/sources/…</c>).</summary>
    internal static IReadOnlyList<string> ResourceNames { get; } =
        [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The text of an embedded file by its name in <see cref="ResourceNames"/>, or null.</summary>
    internal static string? ReadResource(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The text of a source of the embedded dataset (the article its quotes are checked against), or null for any other source.</summary>
    /// <example><code>graph.Search("distant prospect", Seeds.SourceText);</code></example>
    public static string? SourceText(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.File is { } file ? ReadResource(Prefix + file.Replace('\\', '/')) : null;
    }

    /// <summary>
    /// The embedded dataset with one's own YAML files layered on it, as one graph: the files may refer to the seeds'
    /// ids (a new meeting attended by <c>ishaq-dar</c>), and their quotes are checked against the source files
    /// beside them. An id defined twice is an error naming both places.
    /// </summary>
    /// <param name="paths">The YAML dataset files to add.</param>
    /// <exception cref="GraphFormatException">A file is unreadable or invalid, or clashes with the seeds.</exception>
    /// <example><code>
    /// var graph = Seeds.LoadWith("my-article.yaml");
    /// </code></example>
    public static DiplomaticGraph LoadWith(params string[] paths) => LoadWith(paths, null);

    /// <summary>
    /// The embedded dataset with one's own files (YAML, JSON, ICEWS, GDELT), folders (every dataset file inside) and
    /// file-name patterns layered on it, loaded with <paramref name="options"/> (the seeds themselves always check their quotes).
    /// </summary>
    /// <param name="paths">Files, folders and patterns (a folder: every dataset file directly inside it, by extension; a pattern: the files its <c>*</c> and <c>?</c> match).</param>
    /// <param name="options">Limits, sources, progress, notes for one's own files; the defaults when null.</param>
    /// <exception cref="GraphFormatException">A file is unreadable, invalid, a GraphML file, or clashes with the seeds.</exception>
    /// <example><code>var graph = Seeds.LoadWith(["my-articles"], new GraphReaderOptions { RequireSourceFiles = false });</code></example>
    public static DiplomaticGraph LoadWith(IEnumerable<string> paths, GraphReaderOptions? options) => GraphFormats.Load(paths, options, includeSeeds: true);

    /// <summary>Streams the embedded dataset into a mapping, as the first layer of a load.</summary>
    internal static void ReadInto(DatasetReader reader) => DatasetLoading.ReadStrings(reader, YamlGraphReader.Events, Documents(), SeedOptions);

    private static IEnumerable<(string Yaml, string Name)> Documents() =>
        ResourceNames
            .Where(n => n.EndsWith(".yaml", StringComparison.Ordinal) && !n[Prefix.Length..].Contains('/'))
            .Select(n => (ReadResource(n)!, n));

    private static GraphReaderOptions SeedOptions { get; } = new() { SourceFiles = relative => ReadResource(Prefix + relative.Replace('\\', '/')) };

    private static DiplomaticGraph Read()
    {
        return YamlGraphReader.ReadAll(Documents(), SeedOptions);
    }
}
