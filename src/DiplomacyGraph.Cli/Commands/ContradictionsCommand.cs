using System.CommandLine;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph contradictions</c>: claims that cannot both be true, as two labelled sides with their quotes.</summary>
internal static class ContradictionsCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("contradictions", "Claims that cannot both hold: allegation vs denial, denied ties vs held meetings, held vs cancelled.");
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var found = run.Graph.Contradictions();
            if (run.Json)
            {
                run.WriteJson(found.Select(ContradictionRow.Of).ToList());
                return ExitCodes.Ok;
            }

            return run.Write(QueryReports.Contradictions(found, run.Graph));
        }));
        return command;
    }
}
