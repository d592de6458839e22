using DiplomacyGraph.Formats.Document;
using DiplomacyGraph.Formats.Events;
using DiplomacyGraph.Formats.Gexf;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Formats;

/// <summary>
/// The formats this library reads and writes, chosen by file extension: the one place that maps <c>.yaml</c>,
/// <c>.json</c>, <c>.graphml</c>, <c>.gexf</c> to a reader or writer. <see cref="DiplomaticGraph.Load(string[])"/>
/// and <see cref="DiplomaticGraph.Save(string, IProgress{GraphProgress}?)"/> use it, and so does the CLI.
/// </summary>
public static class GraphFormats
{
    /// <summary>Every reader: YAML, JSON, GraphML, ICEWS (<c>.tab</c>, <c>.tsv</c>), GDELT (<c>.csv</c>, <c>.zip</c>).</summary>
    internal static IReadOnlyList<IGraphReader> Readers { get; } = [YamlGraphReader.Instance, JsonGraphReader.Instance, GraphMLGraphReader.Instance, IcewsGraphReader.Instance, GdeltGraphReader.Instance];

    /// <summary>Every writer, with its default options: JSON, YAML, GraphML, GEXF.</summary>
    public static IReadOnlyList<IGraphWriter> Writers { get; } = [JsonGraphWriter.Instance, YamlGraphWriter.Instance, GraphMLGraphWriter.Instance, GexfGraphWriter.Instance];

    /// <summary>The reader claiming the file's extension, or <see langword="null"/>.</summary>
    public static IGraphReader? ReaderFor(string path) => Claiming(Readers, path, r => r.Extensions);

    /// <summary>The writer claiming the file's extension, or <see langword="null"/>.</summary>
    public static IGraphWriter? WriterFor(string path) => Claiming(Writers, path, w => w.Extensions);

    /// <summary>
    /// Loads files into one graph, each by its extension; a file no reader claims is read as YAML, the authoring format.
    /// Folders and file-name patterns name the dataset files they hold (a folder: every dataset file directly inside it, by extension; a pattern: the files its <c>*</c> and <c>?</c> match).
    /// The layers go into one mapping, in this order: the embedded seeds when <paramref name="includeSeeds"/>, the YAML and
    /// JSON files, then the event files (ICEWS, GDELT; each told by its first row), whose actors are matched to the entities
    /// of the layers before them (docs/event-data.md). So later layers may refer to earlier ids, and an id defined twice is
    /// an error naming both places. A GraphML file loads on its own.
    /// </summary>
    /// <param name="paths">The files, folders and patterns.</param>
    /// <param name="options">Limits, sources, progress, notes; <see cref="GraphReaderOptions.Default"/> when null.</param>
    /// <param name="includeSeeds">Whether the embedded dataset is the first layer.</param>
    /// <exception cref="GraphFormatException">Any file is unreadable or invalid, or a GraphML file comes with others.</exception>
    internal static DiplomaticGraph Load(IEnumerable<string> paths, GraphReaderOptions? options, bool includeSeeds = false)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = DatasetFiles.Expand(paths).Select(p => (Path: p, Reader: ReaderFor(p) ?? YamlGraphReader.Instance)).ToList();
        var alone = files.FirstOrDefault(f => f.Reader is GraphMLGraphReader);
        if (alone.Reader is not null)
        {
            return files.Count == 1 && !includeSeeds
                ? alone.Reader.Load(alone.Path, options)
                : throw new GraphFormatException(new GraphError(
                    "A GraphML dataset loads on its own (not with other files or the seeds); give one such file, or YAML, JSON and event files only.",
                    new FilePosition(alone.Path, 1, 1)));
        }

        var limits = options ?? GraphReaderOptions.Default;
        var reader = new DatasetReader();
        if (includeSeeds)
        {
            Seeds.ReadInto(reader);
        }

        DatasetLoading.ReadFiles(reader, Syntaxes(files.Where(f => !IsEvents(f.Reader))), limits);
        var events = files.Where(f => IsEvents(f.Reader)).Select(f => f.Path).ToList();
        if (events.Count > 0)
        {
            EventImport.ReadInto(reader, events, limits);
        }

        return reader.Build();
    }

    private static bool IsEvents(IGraphReader reader) => reader is EventGraphReader;

    /// <summary>The dataset syntax of each YAML or JSON file, by its extension (YAML when none claims it).</summary>
    internal static IEnumerable<(string Path, DatasetLoading.Syntax Syntax)> Syntaxes(IEnumerable<(string Path, IGraphReader Reader)> files) =>
        files.Select(f => (f.Path, f.Reader is JsonGraphReader ? (DatasetLoading.Syntax)JsonGraphReader.Events : YamlGraphReader.Events));

    /// <summary>The dataset syntax of each path, by its extension.</summary>
    internal static IEnumerable<(string Path, DatasetLoading.Syntax Syntax)> Syntaxes(IEnumerable<string> paths) =>
        Syntaxes(paths.Select(p => (Path: p, Reader: ReaderFor(p) ?? YamlGraphReader.Instance)));

    private static T? Claiming<T>(IReadOnlyList<T> formats, string path, Func<T, IReadOnlyList<string>> extensions)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        return formats.FirstOrDefault(f => extensions(f).Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase)));
    }
}
