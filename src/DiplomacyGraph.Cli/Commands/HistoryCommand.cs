using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph history A B [--direct] [--from D] [--to D] [--certain] [--type T…] [--assertions A…] [--avoid-kind K…] [--through-kind K…] [--directed]</c>:
/// everything between two entities (and, for countries and organizations, their office holders, members and government), in time order.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(GlobalOptions options)
    {
        var a = new Argument<string>("a") { Description = "The first entity (id, name or alias)." };
        var b = new Argument<string>("b") { Description = "The second entity." };
        var direct = new Option<bool>("--direct") { Description = "Only what the two entities did themselves, not their office holders, members, government or places." };
        var filter = new FilterOptions("Only these relation types (a meeting counts as 'attended').", "all");
        var command = new Command("history", "Everything between two entities, one row per event in time order, with every party and the quotes.") { a, b, direct };
        filter.AddTo(command);
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var (first, second) = (run.Graph.Resolve(result.GetValue(a)!), run.Graph.Resolve(result.GetValue(b)!));
            var isDirect = result.GetValue(direct);
            var rows = run.Graph.History(first, second, filter.Get(result, run), isDirect);
            return EntryPrinter.WriteEntries(run, $"{first.Name} – {second.Name}", rows, () => new HistoryOutput(EntityRow.Of(first), EntityRow.Of(second), isDirect, [.. rows.Select(HistoryRow.Of)]));
        }));
        return command;
    }

    internal sealed record HistoryOutput(EntityRow A, EntityRow B, bool Direct, IReadOnlyList<HistoryRow> Entries);
}
