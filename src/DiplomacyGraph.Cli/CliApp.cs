using System.CommandLine;
using DiplomacyGraph.Cli.Commands;

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

        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(DisplayText.Escape(parseError.Message));
            }

            error.WriteLine("Run 'dipgraph --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        return parsed.Invoke(configuration);
    }
}
