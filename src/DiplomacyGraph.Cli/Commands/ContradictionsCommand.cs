using System.CommandLine;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph contradictions</c>: pairs of claims that cannot both be true, each with its kind and reason.</summary>
internal static class ContradictionsCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("contradictions", "Claims that cannot both hold: allegation vs denial, denied ties vs held meetings, held vs cancelled.");
        command.SetAction(result => CliRun.Execute(result, options, run =>
        {
            var found = run.Graph.Contradictions();
            if (run.Json)
            {
                run.WriteJson(found.Select(ContradictionRow.Of).ToList());
                return ExitCodes.Ok;
            }

            run.Out.WriteLine($"{found.Length} contradiction{(found.Length == 1 ? string.Empty : "s")}");
            foreach (var c in found)
            {
                run.Out.WriteLine($"[{c.Kind}] {c.Reason}");
                foreach (var claim in new[] { c.First, c.Second })
                {
                    TextRows.Quotes(run.Out, claim.Citations);
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
