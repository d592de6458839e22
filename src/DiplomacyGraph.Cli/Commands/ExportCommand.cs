using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Gexf;
using DiplomacyGraph.Formats.GraphML;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph export FORMAT [--gexf-version 1.3|1.2draft] [--aggregate] [--no-meetings] [--out FILE]</c>:
/// writes the graph in an interchange format (json, yaml) or a network format for Gephi, NetworkX and igraph (graphml, gexf).
/// </summary>
internal static class ExportCommand
{
    private static readonly IReadOnlyDictionary<string, GexfVersion> GexfVersions =
        new Dictionary<string, GexfVersion>(StringComparer.Ordinal) { ["1.3"] = GexfVersion.V1_3, ["1.2draft"] = GexfVersion.V1_2Draft };

    private static readonly string[] NetworkFormats = ["graphml", "gexf"];

    /// <summary>The format names: each writer's first extension (<c>json</c>, <c>yaml</c>, <c>graphml</c>, <c>gexf</c>), from the library's registry.</summary>
    internal static readonly string[] Formats = [.. GraphFormats.Writers.Select(w => w.Extensions[0].TrimStart('.'))];

    public static Command Create(GlobalOptions options)
    {
        var format = new Argument<string>("format") { Description = "The format: " + string.Join(", ", Formats) + "." };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." }.NoEmptyPath();
        var gexfVersion = new Option<string>("--gexf-version") { Description = "GEXF version: 1.3 (Gephi, the default) or 1.2draft (NetworkX 2).", DefaultValueFactory = _ => "1.3" };
        gexfVersion.AcceptOnlyFromAmong([.. GexfVersions.Keys]);
        var aggregate = new Option<bool>("--aggregate") { Description = "graphml/gexf: one edge per pair with weight = number of relations (Gephi merges parallel edges otherwise)." };
        var noMeetings = new Option<bool>("--no-meetings") { Description = "graphml/gexf: leave meeting nodes out; join each meeting's attendees by co-attended edges." };
        var command = new Command("export", "Export the graph (or the --as-of/--known-as-of slice).") { format, output, gexfVersion, aggregate, noMeetings };
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var name = result.GetValue(format)!;
            var settings = new ExportSettings(GexfVersions[result.GetValue(gexfVersion)!], result.GetValue(aggregate), result.GetValue(noMeetings));
            if (!NetworkFormats.Contains(name) && (settings.Aggregate || settings.NoMeetings))
            {
                run.Error.WriteLine($"--aggregate and --no-meetings shape the network formats ({string.Join(", ", NetworkFormats)}); {name} always holds the whole dataset.");
                return ExitCodes.InvalidInput;
            }

            return Run(run, Writer(name, settings), result.GetValue(output));
        }));
        return command;
    }

    private static int Run(Invocation run, Action<DiplomaticGraph, TextWriter> write, string? path)
    {
        var graph = Rebased(run, run.Graph, Path.GetFullPath(path is null ? "." : Path.GetDirectoryName(Path.GetFullPath(path)) ?? "."));
        if (path is null)
        {
            write(graph, run.Data);
            return ExitCodes.Ok;
        }

        WriteFile(run, graph, write, path);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The graph with its sources' <c>file</c> paths relative to <paramref name="folder"/>, where the export goes, so the
    /// export checks its quotes when loaded again. A text that would lie outside that folder is left out (a dataset may
    /// not name one) and said on standard error; a text not on disk keeps its path (said too, unless it is a seed
    /// article: loading the export then reports it on that source's 'file').
    /// </summary>
    private static DiplomaticGraph Rebased(Invocation run, DiplomaticGraph graph, string folder)
    {
        var changed = false;
        var sources = graph.Sources.Select(source =>
        {
            if (source.File is null)
            {
                return source;
            }

            if (run.SourceFile(source) is not { } text)
            {
                if (run.IsEmbedded(source))
                {
                    return source; // A seed article: loading the export says, on 'file', that the text is not beside it.
                }

                run.Error.WriteLine($"note: source '{source.Id}': its text '{source.File}' is not on disk here; loading the export checks its quotes only with that file beside it (or loads with --no-quote-check, unchecked).");
                return source;
            }

            var relative = Path.GetRelativePath(folder, Path.GetFullPath(text)).Replace('\\', '/');
            if (relative == source.File)
            {
                return source;
            }

            changed = true;
            if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                run.Error.WriteLine($"note: source '{source.Id}': its text {text} is outside the export's folder, so the export names no file for it and its quotes will NOT be checked; export beside or above the texts to keep them.");
                return source with { File = null };
            }

            return source with { File = relative };
        }).ToList();
        return changed ? GraphBuilder.From(graph.ExtensionTypes, sources, graph.Entities, graph.Relations).Build() : graph;
    }

    /// <summary>
    /// Writes the graph to a file as UTF-8 without a byte-order mark, through a temporary file renamed over the
    /// target (<see cref="AtomicFile"/>), so a failure leaves the previous file whole; says so on standard error.
    /// </summary>
    internal static void WriteFile(Invocation run, DiplomaticGraph graph, Action<DiplomaticGraph, TextWriter> write, string path)
    {
        AtomicFile.Write(path, writer => write(graph, writer));
        run.Error.WriteLine($"wrote {path}");
    }

    /// <summary>Writes a file in the format its extension names, with progress on the terminal.</summary>
    internal static void Save(Invocation run, DiplomaticGraph graph, string path)
    {
        using (var progress = TerminalProgress.For(run.Error, $"writing {Path.GetFileName(path)}", "characters"))
        {
            graph.Save(path, progress);
        }

        run.Error.WriteLine($"wrote {path}");
    }

    /// <summary>The writer for a format name: the registry's, or GraphML/GEXF with the network options.</summary>
    private static Action<DiplomaticGraph, TextWriter> Writer(string name, ExportSettings s) => name switch
    {
        "graphml" => (graph, writer) => GraphMLGraphWriter.Write(graph, writer, new GraphMLWriterOptions { AggregateParallelRelations = s.Aggregate, IncludeMeetings = !s.NoMeetings }),
        "gexf" => (graph, writer) => GexfGraphWriter.Write(graph, writer, new GexfWriterOptions { Version = s.GexfVersion, AggregateParallelRelations = s.Aggregate, IncludeMeetings = !s.NoMeetings }),
        _ => GraphFormats.WriterFor("." + name)!.Write,
    };

    /// <summary>The export options as given on the command line.</summary>
    private sealed record ExportSettings(GexfVersion GexfVersion, bool Aggregate, bool NoMeetings)
    {
    }
}
