using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph path A B [--max-hops N] [--all] [--k N] [--type T…] [--avoid-kind K…] [--from D] [--to D] [--directed]</c>:
/// the shortest path, all simple paths, or the k shortest; every hop with its relation, date and first quote.
/// </summary>
internal static class PathCommand
{
    private const int DefaultAllHops = 4;

    /// <summary>The longest <c>--all</c> search: the number of simple paths grows exponentially with the hops.</summary>
    internal const int MaxAllHops = 8;

    public static Command Create(GlobalOptions options)
    {
        var a = new Argument<string>("from") { Description = "Where the path starts (id, name or alias)." };
        var b = new Argument<string>("to") { Description = "Where it ends." };
        var maxHops = new Option<int?>("--max-hops") { Description = $"The longest path wanted (default {DefaultAllHops} with --all, unbounded otherwise)." };
        var all = new Option<bool>("--all") { Description = "Every simple path up to --max-hops, shortest first." };
        var k = new Option<int?>("--k") { Description = "The k shortest paths (Yen's algorithm)." };
        var types = new Option<string[]>("--type") { Description = "Only relations of these types.", AllowMultipleArgumentsPerToken = true };
        var avoid = new Option<EntityKind[]>("--avoid-kind") { Description = "Never pass through entities of these kinds.", AllowMultipleArgumentsPerToken = true };
        var directed = new Option<bool>("--directed") { Description = "Follow relations only from 'from' to 'to'." };
        maxHops.InRange(1, 1000);
        k.InRange(1, 1000);
        avoid.NamesOnly();
        var window = new WindowOptions();
        var command = new Command("path", "Paths between two entities; each hop shows its relation, date and first quote.") { a, b, maxHops, all, k, types, avoid, directed };
        window.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(all) && result.GetValue(maxHops) is > MaxAllHops)
            {
                result.AddError($"--all searches at most {MaxAllHops} hops (--max-hops); the number of simple paths grows exponentially with each hop.");
            }
        });
        command.SetAction(result => CliRun.Execute(result, options, run =>
        {
            var (from, to) = (run.Graph.Resolve(result.GetValue(a)!), run.Graph.Resolve(result.GetValue(b)!));
            var pathOptions = new PathOptions
            {
                RelationTypes = result.GetValue(types) is { Length: > 0 } t ? t.ToHashSet(StringComparer.Ordinal) : null,
                AvoidKinds = result.GetValue(avoid) is { Length: > 0 } kinds ? kinds.ToHashSet() : null,
                Window = window.Get(result),
                Directed = result.GetValue(directed),
            };
            var bound = result.GetValue(maxHops);
            IEnumerable<GraphPath> paths = result.GetValue(k) is { } count
                ? run.Graph.KShortestPaths(from.Id, to.Id, count, pathOptions)
                : result.GetValue(all)
                    ? run.Graph.AllPaths(from.Id, to.Id, bound ?? DefaultAllHops, pathOptions)
                    : run.Graph.ShortestPath(from.Id, to.Id, pathOptions) is { } shortest ? [shortest] : [];
            var found = paths.Where(p => bound is not { } max || p.Length <= max).ToList();
            if (run.Json)
            {
                run.WriteJson(new PathOutput(EntityRow.Of(from), EntityRow.Of(to), [.. found.Select(PathRow.Of)]));
            }
            else if (found.Count == 0)
            {
                run.Error.WriteLine($"No path from {from.Name} to {to.Name} with these filters.");
            }

            for (var i = 0; i < found.Count && !run.Json; i++)
            {
                TextRows.Write(run.Out, found[i], $"path {i + 1}");
            }

            return found.Count == 0 ? ExitCodes.NotFound : ExitCodes.Ok;
        }));
        return command;
    }

    internal sealed record PathOutput(EntityRow From, EntityRow To, IReadOnlyList<PathRow> Paths);
}
