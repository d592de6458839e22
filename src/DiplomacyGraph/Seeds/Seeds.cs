using System.Reflection;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Yaml;

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

    private static DiplomaticGraph Read()
    {
        var documents = ResourceNames
            .Where(n => n.EndsWith(".yaml", StringComparison.Ordinal) && !n[Prefix.Length..].Contains('/'))
            .Select(n => (ReadResource(n)!, n));
        return YamlGraphReader.ReadAll(documents, new GraphReaderOptions { SourceFiles = relative => ReadResource(Prefix + relative.Replace('\\', '/')) });
    }
}
