using System.CommandLine;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph stats</c>: counts by kind and type, citations, and the span of known dates.</summary>
internal static class StatsCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("stats", "Counts: entities by kind, relations by type, sources, citations, date span.");
        command.SetAction(result => Invocation.Execute(result, options, Run));
        return command;
    }

    private static int Run(Invocation run)
    {
        var stats = Compute(run.Graph);
        if (run.Json)
        {
            run.WriteJson(stats);
            return ExitCodes.Ok;
        }

        WriteText(run.Out, stats);
        return ExitCodes.Ok;
    }

    internal static StatsOutput Compute(DiplomaticGraph graph)
    {
        var summary = GraphSummary.Of(graph);
        return new StatsOutput(
            summary.Entities,
            summary.Relations,
            summary.Sources,
            summary.Citations,
            summary.EntitiesByKind.ToDictionary(p => p.Key.ToString(), p => p.Value),
            summary.RelationsByType.ToDictionary(p => p.Key, p => p.Value),
            summary.Earliest is { } earliest ? IsoDay.Format(earliest) : null,
            summary.Latest is { } latest ? IsoDay.Format(latest) : null);
    }

    internal static void WriteText(TextWriter output, StatsOutput stats)
    {
        output.WriteLine($"entities   {stats.Entities}");
        foreach (var (kind, count) in stats.EntitiesByKind)
        {
            output.WriteLine($"  {kind,-13}{count}");
        }

        output.WriteLine($"relations  {stats.Relations}");
        foreach (var (type, count) in stats.RelationsByType)
        {
            output.WriteLine($"  {type,-18}{count}");
        }

        output.WriteLine($"sources    {stats.Sources}");
        output.WriteLine($"citations  {stats.Citations}");
        output.WriteLine($"dates      {stats.Earliest ?? "?"} … {stats.Latest ?? "?"}");
    }

    internal sealed record StatsOutput(
        int Entities, int Relations, int Sources, int Citations,
        IReadOnlyDictionary<string, int> EntitiesByKind, IReadOnlyDictionary<string, int> RelationsByType,
        string? Earliest, string? Latest);
}
