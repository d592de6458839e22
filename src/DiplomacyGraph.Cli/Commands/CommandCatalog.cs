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
        ExportCommand.Create(options),
        GenerateCommand.Create(options),
    ];
}
