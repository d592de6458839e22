using System.CommandLine;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary>
/// <c>dipgraph --graph FILE… db replace --source ID | --dataset NAME</c>: replaces one source's facts, or one dataset, with
/// what the loaded graph holds, in one transaction.
/// </summary>
internal static class DbReplaceCommand
{
    public static Command Create(GlobalOptions options, DbOptions db)
    {
        var source = new Option<string?>("--source") { Description = "Replace the facts citing this source with the graph's." };
        var dataset = new Option<string?>("--dataset") { Description = "Replace this dataset with the graph's elements no other dataset holds." };
        var command = new Command("replace", "Replace one source's facts or one dataset atomically (readers see the old state or the new, never half).") { source, dataset };
        command.SetAction(result => DbInvocation.Execute(result, options, db, async (run, store) =>
        {
            var (sourceId, datasetName) = (result.GetValue(source), result.GetValue(dataset));
            if ((sourceId is null) == (datasetName is null))
            {
                throw new FormatException("db replace: give exactly one of --source ID or --dataset NAME.");
            }

            if (sourceId is not null)
            {
                if (!run.Graph.TryGetSource(sourceId, out _))
                {
                    throw new FormatException($"db replace --source {sourceId}: the loaded graph has no such source.");
                }

                await store.ReplaceSourceAsync(sourceId, run.Graph);
            }
            else
            {
                await store.ReplaceDatasetAsync(datasetName!, run.Graph);
            }

            return DbCounts.Write(run, "replaced", await store.CountAsync());
        }));
        return command;
    }
}
