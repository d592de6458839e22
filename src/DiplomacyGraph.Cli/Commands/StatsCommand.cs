using System.CommandLine;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph stats</c>: counts by kind and type, citations, and the span of known dates.</summary>
internal static class StatsCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("stats", "Counts: entities by kind, relations by type, sources, citations, date span.");
        command.SetAction(result => CliRun.Execute(result, options, Run));
        return command;
    }

    private static int Run(CliRun run)
    {
        var summary = GraphSummary.Of(run.Graph);
        var stats = new StatsOutput(
            summary.Entities,
            summary.Relations,
            summary.Sources,
            summary.Citations,
            summary.EntitiesByKind.ToDictionary(p => p.Key.ToString(), p => p.Value),
            summary.RelationsByType.ToDictionary(p => p.Key, p => p.Value),
            summary.Earliest?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            summary.Latest?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (run.Json)
        {
            run.WriteJson(stats);
            return ExitCodes.Ok;
        }

        run.Out.WriteLine($"entities   {stats.Entities}");
        foreach (var (kind, count) in stats.EntitiesByKind)
        {
            run.Out.WriteLine($"  {kind,-13}{count}");
        }

        run.Out.WriteLine($"relations  {stats.Relations}");
        foreach (var (type, count) in stats.RelationsByType)
        {
            run.Out.WriteLine($"  {type,-18}{count}");
        }

        run.Out.WriteLine($"sources    {stats.Sources}");
        run.Out.WriteLine($"citations  {stats.Citations}");
        run.Out.WriteLine($"dates      {stats.Earliest ?? "?"} … {stats.Latest ?? "?"}");
        return ExitCodes.Ok;
    }

    internal sealed record StatsOutput(
        int Entities, int Relations, int Sources, int Citations,
        IReadOnlyDictionary<string, int> EntitiesByKind, IReadOnlyDictionary<string, int> RelationsByType,
        string? Earliest, string? Latest);
}
