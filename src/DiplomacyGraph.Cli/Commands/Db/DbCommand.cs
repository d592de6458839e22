using System.CommandLine;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary><c>dipgraph db init|push|pull|replace|history|timeline|search … --db CONNECTION</c>: the PostgreSQL store.</summary>
internal static class DbCommand
{
    public static Command Create(GlobalOptions options)
    {
        var db = new DbOptions();
        var command = new Command("db", $"Work with a PostgreSQL store (--db CONNECTION or {DbOptions.Variable}); see docs/postgresql.md.");
        command.Options.Add(db.Connection);
        command.Subcommands.Add(DbInitCommand.Create(options, db));
        command.Subcommands.Add(DbPushCommand.Create(options, db));
        command.Subcommands.Add(DbPullCommand.Create(options, db));
        command.Subcommands.Add(DbReplaceCommand.Create(options, db));
        command.Subcommands.Add(DbHistoryCommand.Create(options, db));
        command.Subcommands.Add(DbTimelineCommand.Create(options, db));
        command.Subcommands.Add(DbSearchCommand.Create(options, db));
        return command;
    }
}
