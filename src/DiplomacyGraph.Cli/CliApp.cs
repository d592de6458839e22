using System.CommandLine;
using DiplomacyGraph.Cli.Commands;
using DiplomacyGraph.Cli.Output;

namespace DiplomacyGraph.Cli;

/// <summary><c>dipgraph</c>: parses arguments, runs one command, prints. All logic lives in the library.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new GlobalOptions();
        var root = new RootCommand("dipgraph: who met whom, when, about what — and who says so.");
        options.AddTo(root);
        foreach (var command in CommandCatalog.Create(options))
        {
            root.Subcommands.Add(command);
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            return root.Parse(["--help"]).Invoke(configuration);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var messages = parsed.Errors.Select(e => e.Message).Distinct().ToList();
            if (WantsJson(args))
            {
                CliRun.WriteJson(output, ErrorRow.Of(messages[0], ExitCodes.InvalidInput) with { Errors = messages.Count > 1 ? [.. messages.Skip(1).Select(m => ErrorRow.Of(m, ExitCodes.InvalidInput))] : null });
                return ExitCodes.InvalidInput;
            }

            messages.ForEach(error.WriteLine);
            error.WriteLine("Run 'dipgraph --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        return parsed.Invoke(configuration);
    }

    /// <summary>True when the arguments ask for JSON, even if they do not parse (so the error comes as JSON too).</summary>
    private static bool WantsJson(string[] args) =>
        args.Contains("--json") || args.Contains("--format=json", StringComparer.OrdinalIgnoreCase)
        || args.Zip(args.Skip(1)).Any(p => p.First == "--format" && p.Second.Equals("json", StringComparison.OrdinalIgnoreCase));
}
