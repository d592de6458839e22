using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph timeline E [--direct] [filter options]</c>: everything one entity (and its office holders, members, government) took part in, in time order.</summary>
internal static class TimelineCommand
{
    public static Command Create(GlobalOptions options)
    {
        var name = new Argument<string>("entity") { Description = "An id, name or alias." };
        var direct = new Option<bool>("--direct") { Description = "Only what the entity did itself, not its office holders, members, government or places." };
        var filter = new FilterOptions("Only these relation types (a meeting counts as 'attended').", "all");
        var command = new Command("timeline", "Everything an entity took part in, one row per event in time order, with every party and the quotes.") { name, direct };
        filter.AddTo(command);
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var entity = run.Graph.Resolve(result.GetValue(name)!);
            var isDirect = result.GetValue(direct);
            var rows = run.Graph.Timeline(entity, filter.Get(result, run), isDirect);
            return EntryPrinter.WriteEntries(run, entity.Name, rows, () => new TimelineOutput(EntityRow.Of(entity), isDirect, [.. rows.Select(HistoryRow.Of)]));
        }));
        return command;
    }

    internal sealed record TimelineOutput(EntityRow Entity, bool Direct, IReadOnlyList<HistoryRow> Entries);
}
