using System.CommandLine;
using DiplomacyGraph.Formats.Gexf;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph export FORMAT [--gexf-version 1.3|1.2draft] [--aggregate] [--no-meetings] [--out FILE]</c>:
/// writes the graph in an interchange format (json, yaml) or a network format for Gephi, NetworkX and igraph (graphml, gexf).
/// </summary>
internal static class ExportCommand
{
    private static readonly IReadOnlyDictionary<string, Action<DiplomaticGraph, TextWriter, ExportSettings>> Writers =
        new Dictionary<string, Action<DiplomaticGraph, TextWriter, ExportSettings>>(StringComparer.Ordinal)
        {
            ["json"] = (graph, writer, _) => JsonGraphWriter.Write(graph, writer),
            ["yaml"] = (graph, writer, _) => YamlGraphWriter.Write(graph, writer),
            ["graphml"] = (graph, writer, s) => GraphMLGraphWriter.Write(graph, writer, new GraphMLWriterOptions { AggregateParallelRelations = s.Aggregate, IncludeMeetings = !s.NoMeetings }),
            ["gexf"] = (graph, writer, s) => GexfGraphWriter.Write(graph, writer, new GexfWriterOptions { Version = s.GexfVersion, AggregateParallelRelations = s.Aggregate, IncludeMeetings = !s.NoMeetings }),
        };

    private static readonly IReadOnlyDictionary<string, GexfVersion> GexfVersions =
        new Dictionary<string, GexfVersion>(StringComparer.Ordinal) { ["1.3"] = GexfVersion.V1_3, ["1.2draft"] = GexfVersion.V1_2Draft };

    private static readonly string[] NetworkFormats = ["graphml", "gexf"];

    public static Command Create(GlobalOptions options)
    {
        var format = new Argument<string>("format") { Description = "The format: " + string.Join(", ", Writers.Keys) + "." };
        format.AcceptOnlyFromAmong([.. Writers.Keys]);
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var gexfVersion = new Option<string>("--gexf-version") { Description = "GEXF version: 1.3 (Gephi, the default) or 1.2draft (NetworkX).", DefaultValueFactory = _ => "1.3" };
        gexfVersion.AcceptOnlyFromAmong([.. GexfVersions.Keys]);
        var aggregate = new Option<bool>("--aggregate") { Description = "graphml/gexf: one edge per pair with weight = number of relations (Gephi merges parallel edges otherwise)." };
        var noMeetings = new Option<bool>("--no-meetings") { Description = "graphml/gexf: leave meeting nodes out; join each meeting's attendees by co-attended edges." };
        var command = new Command("export", "Export the graph.") { format, output, gexfVersion, aggregate, noMeetings };
        command.SetAction(result => CliRun.Execute(result, options, run =>
        {
            var name = result.GetValue(format)!;
            var settings = new ExportSettings(GexfVersions[result.GetValue(gexfVersion)!], result.GetValue(aggregate), result.GetValue(noMeetings));
            if (!NetworkFormats.Contains(name) && (settings.Aggregate || settings.NoMeetings))
            {
                run.Error.WriteLine($"--aggregate and --no-meetings shape the network formats ({string.Join(", ", NetworkFormats)}); {name} always holds the whole dataset.");
                return ExitCodes.InvalidInput;
            }

            return Run(run, (graph, writer) => Writers[name](graph, writer, settings), result.GetValue(output));
        }));
        return command;
    }

    private static int Run(CliRun run, Action<DiplomaticGraph, TextWriter> write, string? path)
    {
        var graph = run.Graph;
        if (path is null)
        {
            write(graph, run.Out);
            return ExitCodes.Ok;
        }

        using (var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            write(graph, file);
        }

        run.Error.WriteLine($"wrote {path}");
        return ExitCodes.Ok;
    }

    /// <summary>The export options as given on the command line.</summary>
    private sealed record ExportSettings(GexfVersion GexfVersion, bool Aggregate, bool NoMeetings);
}
