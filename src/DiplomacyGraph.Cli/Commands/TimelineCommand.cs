using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph timeline E [--from D] [--to D]</c>: everything one entity took part in, in time order.</summary>
internal static class TimelineCommand
{
    public static Command Create(GlobalOptions options)
    {
        var name = new Argument<string>("entity") { Description = "An id, name or alias." };
        var window = new WindowOptions();
        var command = new Command("timeline", "Everything an entity took part in, in time order, with quotes.") { name };
        window.AddTo(command);
        command.SetAction(result => CliRun.Execute(result, options, run =>
        {
            var entity = run.Graph.Resolve(result.GetValue(name)!);
            var rows = run.Graph.Timeline(entity.Id, window.Get(result));
            return TextRows.WriteEntries(run, entity.Name, rows, () => new TimelineOutput(EntityRow.Of(entity), [.. rows.Select(r => HistoryRow.Of(r, run.Graph))]));
        }));
        return command;
    }

    internal sealed record TimelineOutput(EntityRow Entity, IReadOnlyList<HistoryRow> Entries);
}
