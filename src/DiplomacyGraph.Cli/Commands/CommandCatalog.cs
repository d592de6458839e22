using System.CommandLine;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>Every <c>dipgraph</c> command, in the order help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(GlobalOptions options) =>
    [
        StatsCommand.Create(options),
        ValidateCommand.Create(options),
        EntitiesCommand.Create(options),
        ShowCommand.Create(options),
        SearchCommand.Create(options),
        HistoryCommand.Create(options),
        TimelineCommand.Create(options),
        PathCommand.Create(options),
        ReachCommand.Create(options),
        AsOfCommand.Create(options),
        DiffCommand.Create(options),
        HoldersCommand.Create(options),
        ContradictionsCommand.Create(options),
        SourcesCommand.Create(options),
        NewCommand.Create(options),
        CiteCommand.Create(options),
        ImportCommand.Create(options),
        ExportCommand.Create(options),
        ReportCommand.Create(options),
        GenerateCommand.Create(options),
        Db.DbCommand.Create(options),
    ];
}
