using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary><c>dipgraph db timeline E [--direct] [--from D] [--to D]</c>: <c>timeline</c>, answered by the server.</summary>
internal static class DbTimelineCommand
{
    public static Command Create(GlobalOptions options, DbOptions db)
    {
        var name = new Argument<string>("entity") { Description = "An id, name or alias." };
        var direct = new Option<bool>("--direct") { Description = "Only what the entity did itself, not its office holders, members, government or places." };
        var window = new WindowOptions();
        var command = new Command("timeline", "The timeline command, run on the server: the same rows and output as in memory.") { name, direct };
        window.AddTo(command);
        command.SetAction(result => DbInvocation.Execute(result, options, db, async (run, store) =>
        {
            var entity = await store.ResolveAsync(result.GetValue(name)!);
            var (rows, graph) = await store.TimelineWithGraphAsync(entity.Id, window.Get(result), result.GetValue(direct), CancellationToken.None);
            return EntryPrinter.WriteEntries(run, graph, entity.Name, rows, () => new TimelineCommand.TimelineOutput(EntityRow.Of(entity), result.GetValue(direct), [.. rows.Select(HistoryRow.Of)]));
        }));
        return command;
    }
}
