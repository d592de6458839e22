using System.CommandLine;
using DiplomacyGraph.Cli.Output;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph validate FILE…</c>: loads the files as one dataset and reports every problem with file:line:col.</summary>
internal static class ValidateCommand
{
    public static Command Create(GlobalOptions options)
    {
        var files = new Argument<string[]>("files") { Description = "YAML dataset files (loaded together), or one JSON or GraphML file.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check dataset files; print every problem as file:line:col: field: message.") { files };
        command.SetAction(result => CliRun.Execute(result, options, run => Run(run, result.GetValue(files)!)));
        return command;
    }

    private static int Run(CliRun run, string[] files)
    {
        try
        {
            var graph = CliRun.LoadFiles(files, run.Error);
            if (run.Json)
            {
                run.WriteJson(new ValidateOutput(true, graph.Entities.Length, graph.Relations.Length, []));
            }
            else
            {
                run.Out.WriteLine($"valid: {graph.Entities.Length} entities, {graph.Relations.Length} relations, {graph.Sources.Length} sources");
            }

            return ExitCodes.Ok;
        }
        catch (GraphFormatException e) when (run.Json)
        {
            run.WriteJson(new ValidateOutput(false, 0, 0, [.. e.Errors.Select(ErrorRow.Of)]));
            return ExitCodes.InvalidInput;
        }
    }

    internal sealed record ValidateOutput(bool Valid, int Entities, int Relations, IReadOnlyList<ErrorRow> Errors);
}
