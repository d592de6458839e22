using System.CommandLine;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph export FORMAT [--out FILE]</c>: writes the graph in an interchange format.</summary>
internal static class ExportCommand
{
    /// <summary>The writer of each format, by name (also the file extension <c>generate</c> goes by).</summary>
    internal static readonly IReadOnlyDictionary<string, Action<DiplomaticGraph, TextWriter>> Writers =
        new Dictionary<string, Action<DiplomaticGraph, TextWriter>>(StringComparer.Ordinal)
        {
            ["json"] = JsonGraphWriter.Write,
            ["yaml"] = YamlGraphWriter.Write,
        };

    public static Command Create(GlobalOptions options)
    {
        var format = new Argument<string>("format") { Description = "The format: " + string.Join(", ", Writers.Keys) + "." };
        format.AcceptOnlyFromAmong([.. Writers.Keys]);
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Export the graph.") { format, output };
        command.SetAction(result => CliRun.Execute(result, options, run => Run(run, Writers[result.GetValue(format)!], result.GetValue(output))));
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

        WriteFile(run, graph, write, path);
        return ExitCodes.Ok;
    }

    /// <summary>Writes the graph to a file as UTF-8 without a byte-order mark, and says so on standard error.</summary>
    internal static void WriteFile(CliRun run, DiplomaticGraph graph, Action<DiplomaticGraph, TextWriter> write, string path)
    {
        using (var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            write(graph, file);
        }

        run.Error.WriteLine($"wrote {path}");
    }
}
