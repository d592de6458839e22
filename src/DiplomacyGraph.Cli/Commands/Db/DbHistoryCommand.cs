using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary><c>dipgraph db history A B [--direct] [--from D] [--to D] [--type T…]</c>: <c>history</c>, answered by the server.</summary>
internal static class DbHistoryCommand
{
    public static Command Create(GlobalOptions options, DbOptions db)
    {
        var a = new Argument<string>("a") { Description = "The first entity (id, name or alias)." };
        var b = new Argument<string>("b") { Description = "The second entity." };
        var direct = new Option<bool>("--direct") { Description = "Only what the two entities did themselves, not their office holders, members, government or places." };
        var types = new Option<string[]>("--type") { Description = "Only these relation types (a meeting counts as 'attended').", AllowMultipleArgumentsPerToken = true };
        var window = new WindowOptions();
        var command = new Command("history", "The history command, run on the server: the same rows and output as in memory.") { a, b, direct, types };
        window.AddTo(command);
        command.SetAction(result => DbInvocation.Execute(result, options, db, async (run, store) =>
        {
            var first = await store.ResolveAsync(result.GetValue(a)!);
            var second = await store.ResolveAsync(result.GetValue(b)!);
            var wanted = result.GetValue(types) is { Length: > 0 } t ? t : null;
            var (rows, graph) = await store.HistoryWithGraphAsync(first.Id, second.Id, window.Get(result), wanted, result.GetValue(direct), CancellationToken.None);
            return EntryPrinter.WriteEntries(run, graph, $"{first.Name} – {second.Name}", rows,
                () => new HistoryCommand.HistoryOutput(EntityRow.Of(first), EntityRow.Of(second), result.GetValue(direct), [.. rows.Select(HistoryRow.Of)]));
        }));
        return command;
    }
}
