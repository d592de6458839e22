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
            var messages = parsed.Errors.Select(e => Plain(e.Message)).Distinct().ToList();
            if (WantsJson(args))
            {
                Invocation.WriteJson(output, ErrorRow.Of(messages[0], ExitCodes.InvalidInput) with { Errors = messages.Count > 1 ? [.. messages.Skip(1).Select(m => ErrorRow.Of(m, ExitCodes.InvalidInput))] : null });
                return ExitCodes.InvalidInput;
            }

            messages.ForEach(m => error.WriteLine(DisplayText.Escape(m)));
            error.WriteLine("Run 'dipgraph --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        return parsed.Invoke(configuration);
    }

    /// <summary>A parser message without .NET type names: "as expected type 'System.Int32'" becomes "as a whole number".</summary>
    internal static string Plain(string message) => System.Text.RegularExpressions.Regex.Replace(
        message,
        @"as expected type '([^']+)'",
        m => m.Groups[1].Value switch
        {
            var t when t.Contains("Int32", StringComparison.Ordinal) || t.Contains("Int64", StringComparison.Ordinal) => "as a whole number",
            var t when t.Contains("Double", StringComparison.Ordinal) => "as a number",
            var t when t.Contains("Boolean", StringComparison.Ordinal) => "as true or false",
            var t => $"as a {t[(t.LastIndexOf('.') + 1)..].TrimEnd(']')}",
        });

    /// <summary>True when the arguments ask for JSON, even if they do not parse (so the error comes as JSON too).</summary>
    private static bool WantsJson(string[] args) =>
        args.Contains("--json") || args.Contains("--format=json", StringComparer.OrdinalIgnoreCase)
        || args.Zip(args.Skip(1)).Any(p => p.First == "--format" && p.Second.Equals("json", StringComparison.OrdinalIgnoreCase));
}
