using DiplomacyGraph.Formats;

namespace DiplomacyGraph;

/// <summary>Loading and saving by file extension (<see cref="GraphFormats"/>): formats stay at the edge, the core does no I/O.</summary>
public sealed partial class DiplomaticGraph
{
    /// <summary>Loads files into one graph, each read by its extension (<c>.yaml</c>/<c>.yml</c>, <c>.json</c>, <c>.graphml</c>; ICEWS and GDELT event files, <c>.tab</c>/<c>.tsv</c>/<c>.csv</c>/<c>.zip</c>, after the datasets: docs/event-data.md); a folder gives every dataset file inside.</summary>
    /// <param name="paths">The files or folders.</param>
    /// <exception cref="GraphFormatException">Any file is unreadable or invalid.</exception>
    /// <example><code>DiplomaticGraph graph = DiplomaticGraph.Load("my-dataset.yaml");</code></example>
    public static DiplomaticGraph Load(params string[] paths) => GraphFormats.Load(paths, null);

    /// <summary>Loads files into one graph, each read by its extension, with options.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="options">Limits, sources, progress, notes.</param>
    /// <exception cref="GraphFormatException">Any file is unreadable or invalid.</exception>
    public static DiplomaticGraph Load(IEnumerable<string> paths, GraphReaderOptions? options) => GraphFormats.Load(paths, options);

    /// <summary>
    /// Loads files, folders (every dataset file inside) and file-name patterns (<c>mine/*.yaml</c>) into one graph,
    /// layered on the embedded seeds when <paramref name="includeSeeds"/> is true: one's own files may then refer to
    /// the seeds' ids, and an id defined in both is an error naming both places (see <see cref="Seeds.LoadWith(string[])"/>).
    /// </summary>
    /// <param name="paths">Files, folders and patterns (a folder: every dataset file directly inside it, by extension; a pattern: the files its <c>*</c> and <c>?</c> match).</param>
    /// <param name="includeSeeds">Whether the embedded dataset is the first layer.</param>
    /// <param name="options">Limits, sources, progress, notes; the defaults when null.</param>
    /// <exception cref="GraphFormatException">Any file is unreadable or invalid, or clashes with another layer.</exception>
    /// <example><code>DiplomaticGraph graph = DiplomaticGraph.Load(["my-article.yaml"], includeSeeds: true);</code></example>
    public static DiplomaticGraph Load(IEnumerable<string> paths, bool includeSeeds, GraphReaderOptions? options = null) =>
        GraphFormats.Load(paths, options, includeSeeds);

    /// <summary>Writes the graph to a file in the format its extension names (<c>.json</c>, <c>.yaml</c>, <c>.graphml</c>, <c>.gexf</c>).</summary>
    /// <param name="path">The file; replaced if it exists, only once the new text is on disk (written to a temporary file beside it, flushed, then renamed over it), so a failure leaves it whole.</param>
    /// <param name="progress">Hears how many characters have been written, every megabyte or so; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">No writer claims the extension.</exception>
    /// <exception cref="IOException">The file cannot be written; the previous file is unchanged.</exception>
    public void Save(string path, IProgress<GraphProgress>? progress = null)
    {
        var writer = GraphFormats.WriterFor(path)
            ?? throw new ArgumentException($"No format writes '{Path.GetExtension(path)}' files; use one of {string.Join(", ", GraphFormats.Writers.SelectMany(w => w.Extensions))}.", nameof(path));
        AtomicFile.Write(path, file =>
        {
            if (progress is null)
            {
                writer.Write(this, file);
                return;
            }

            var counted = new ProgressWriter(file, progress);
            writer.Write(this, counted);
            counted.Finish();
        });
    }
}
