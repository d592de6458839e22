using System.CommandLine;
using DiplomacyGraph.PostgreSql;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary><c>dipgraph [--graph FILE…] db push [--dataset NAME]</c>: writes the loaded graph (the seeds by default) to the store.</summary>
internal static class DbPushCommand
{
    public static Command Create(GlobalOptions options, DbOptions db)
    {
        var dataset = new Option<string>("--dataset") { Description = "The dataset name the rows carry.", DefaultValueFactory = _ => PostgresGraphStore.DefaultDataset };
        var command = new Command("push", "Replace everything in the store with the graph (--graph files, or the seeds), in one transaction.") { dataset };
        command.SetAction(result => DbInvocation.Execute(result, options, db, async (run, store) =>
        {
            var graph = run.Graph;
            await store.PushAsync(graph, result.GetValue(dataset)!);
            return DbCounts.Write(run, "pushed", await store.CountAsync());
        }));
        return command;
    }
}
