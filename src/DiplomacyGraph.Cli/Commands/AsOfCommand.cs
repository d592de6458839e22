using System.CommandLine;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph as-of D [--known]</c>: the counts of a slice (any other command takes the global --as-of / --known-as-of).</summary>
internal static class AsOfCommand
{
    public static Command Create(GlobalOptions options)
    {
        var date = new Argument<string>("date") { Description = "The day of the slice (yyyy-mm-dd)." };
        var known = new Option<bool>("--known") { Description = "Only what sources certainly published by that day said (default: what could have happened by then)." };
        var command = new Command("as-of", "Counts of the graph as it stood at a day, or as known at a day.") { date, known };
        command.SetAction(result => CliRun.Execute(result, options, run =>
        {
            var day = CliRun.Day(result.GetValue(date)!, "as-of");
            var isKnown = result.GetValue(known);
            var stats = StatsCommand.Compute(isKnown ? run.Graph.KnownAsOf(day) : run.Graph.AsOf(day));
            if (run.Json)
            {
                run.WriteJson(new AsOfOutput(CliRun.Iso(day), isKnown, stats));
                return ExitCodes.Ok;
            }

            run.Out.WriteLine(isKnown ? $"as known on {CliRun.Iso(day)}:" : $"as of {CliRun.Iso(day)}:");
            StatsCommand.WriteText(run.Out, stats);
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal sealed record AsOfOutput(string Date, bool Known, StatsCommand.StatsOutput Stats);
}
