using System.CommandLine;
using DiplomacyGraph.Model;

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
        var known = graph.Relations.Select(r => r.Time).Concat(graph.Entities.Select(e => e.Meeting?.Time ?? DateRange.Unknown)).ToList();
        var starts = known.Where(t => t.Start is not null).Select(t => t.Earliest).ToList();
        var ends = known.Where(t => t.End is not null).Select(t => t.Latest).ToList();
        var stats = new StatsOutput(
            graph.Entities.Length,
            graph.Relations.Length,
            graph.Sources.Length,
            graph.Relations.Sum(r => r.Citations.Length) + graph.Entities.Sum(e => e.Citations.Length + (e.Meeting?.Statuses.Sum(s => s.Citations.Length) ?? 0)),
            Enum.GetValues<EntityKind>().ToDictionary(k => k.ToString(), k => graph.EntitiesOfKind(k).Length),
            graph.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            starts.Count == 0 ? null : starts.Min().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ends.Count == 0 ? null : ends.Max().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return stats;
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
