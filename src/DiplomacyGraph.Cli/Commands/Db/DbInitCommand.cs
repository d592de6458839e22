using System.CommandLine;
using DiplomacyGraph.PostgreSql;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary><c>dipgraph db init [--partitions N]</c>: creates or updates the schema (idempotent).</summary>
internal static class DbInitCommand
{
    public static Command Create(GlobalOptions options, DbOptions db)
    {
        var partitions = new Option<int>("--partitions") { Description = "Hash-partition relations by entity pair into N partitions (only when the tables are first created)." };
        var command = new Command("init", "Create the schema, or apply the migrations it lacks; running it again changes nothing.") { partitions };
        command.SetAction(result => DbInvocation.Execute(result, options, db, async (run, store) =>
        {
            var applied = await store.MigrateAsync(new StoreLayout { RelationPartitions = result.GetValue(partitions) });
            var version = await store.SchemaVersionAsync();
            if (run.Json)
            {
                run.WriteJson(new InitOutput(version, applied));
            }
            else
            {
                run.Out.WriteLine(applied.Count == 0
                    ? $"schema is at version {version}; nothing to apply"
                    : $"applied migration{(applied.Count == 1 ? string.Empty : "s")} {string.Join(", ", applied)}; schema is at version {version}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    internal sealed record InitOutput(int Version, IReadOnlyList<int> Applied);
}
