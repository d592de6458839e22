using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph history A B [--via-members] [--from D] [--to D] [--type T…]</c>: everything between two entities, in time order.</summary>
internal static class HistoryCommand
{
    public static Command Create(GlobalOptions options)
    {
        var a = new Argument<string>("a") { Description = "The first entity (id, name or alias)." };
        var b = new Argument<string>("b") { Description = "The second entity." };
        var viaMembers = new Option<bool>("--via-members") { Description = "Countries and organizations take part through their office holders, members, government and places." };
        var types = new Option<string[]>("--type") { Description = "Only these relation types (a meeting counts as 'attended').", AllowMultipleArgumentsPerToken = true };
        var window = new WindowOptions();
        var command = new Command("history", "Relations between two entities and the meetings both attended, in time order, with quotes.") { a, b, viaMembers, types };
        window.AddTo(command);
        command.SetAction(result => CliRun.Execute(result, options, run =>
        {
            var (first, second) = (run.Graph.Resolve(result.GetValue(a)!), run.Graph.Resolve(result.GetValue(b)!));
            var wanted = result.GetValue(types) is { Length: > 0 } t ? t : null;
            var rows = run.Graph.History(first.Id, second.Id, window.Get(result), wanted, result.GetValue(viaMembers));
            return TextRows.WriteEntries(run, $"{first.Name} – {second.Name}", rows, () => new HistoryOutput(EntityRow.Of(first), EntityRow.Of(second), result.GetValue(viaMembers), [.. rows.Select(r => HistoryRow.Of(r, run.Graph))]));
        }));
        return command;
    }

    internal sealed record HistoryOutput(EntityRow A, EntityRow B, bool ViaMembers, IReadOnlyList<HistoryRow> Entries);
}
