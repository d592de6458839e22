using DiplomacyGraph.Formats;
using System.Collections.Immutable;
using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary>
/// <c>dipgraph db pull [json|yaml] [--out FILE] [--around E --hops N] [--from D --to D] [--kind K…]</c>: loads the store, or a slice
/// of it, and writes it as a dataset.
/// </summary>
internal static class DbPullCommand
{
    public static Command Create(GlobalOptions options, DbOptions db)
    {
        var format = new Argument<string>("format") { Description = "json (the default) or yaml.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "yaml");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var around = new Option<string?>("--around") { Description = "Only the neighbourhood of this entity id." };
        var hops = new Option<int>("--hops") { Description = "With --around: how many relation steps (default 1).", DefaultValueFactory = _ => 1 };
        var kinds = new Option<EntityKind[]>("--kind") { Description = "Only entities of these kinds.", AllowMultipleArgumentsPerToken = true };
        var window = new WindowOptions();
        var command = new Command("pull", "Load the store (or a slice: --around, --from/--to, --kind) and write it as JSON or YAML.") { format, output, around, hops, kinds };
        window.AddTo(command);
        command.SetAction(result => DbInvocation.Execute(result, options, db, async (run, store) =>
        {
            var slice = new GraphSlice
            {
                Around = result.GetValue(around),
                Hops = result.GetValue(hops),
                Window = window.Get(result),
                Kinds = [.. result.GetValue(kinds) ?? []],
            };
            var whole = slice.Around is null && slice.Window is null && slice.Kinds.IsEmpty;
            var graph = await store.LoadAsync(whole ? null : slice);
            var write = GraphFormats.WriterFor("." + result.GetValue(format)!)!.Write;
            if (result.GetValue(output) is { } path)
            {
                ExportCommand.WriteFile(run, graph, write, path);
            }
            else
            {
                write(graph, run.Out);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
