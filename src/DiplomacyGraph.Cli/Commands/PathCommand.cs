using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph path A B [--max-hops N] [--all] [--k N] [--type T…] [--avoid-kind K…] [--through-kind K…] [--assertions A…] [--from D] [--to D] [--certain] [--directed]</c>:
/// the shortest path, all simple paths, or the k shortest, over stated relations unless --assertions widens them (never a denied one);
/// every hop with its relation, assertion, date and first quote.
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
        var maxPaths = new Option<int?>("--max-paths") { Description = $"With --all, stop with an error past this many paths (default {PathQueries.DefaultMaxPaths:N0})." };
        var filter = new FilterOptions("Only relations of these types.", "stated; a denied relation is never a link");
        var command = new Command("path", "Paths between two entities over stated relations; each hop shows its relation, assertion, date and first quote.") { a, b, maxHops, all, k, maxPaths };
        filter.AddTo(command);
        maxHops.InRange(1, 1000);
        k.InRange(1, 1000);
        maxPaths.InRange(1, int.MaxValue);
        command.Validators.Add(result =>
        {
            if (result.GetValue(all) && result.GetValue(maxHops) is > MaxAllHops)
            {
                result.AddError($"--all searches at most {MaxAllHops} hops (--max-hops); the number of simple paths grows exponentially with each hop.");
            }
        });
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var (from, to) = (run.Graph.Resolve(result.GetValue(a)!), run.Graph.Resolve(result.GetValue(b)!));
            var pathFilter = filter.Get(result, run);
            var bound = result.GetValue(maxHops);
            IEnumerable<GraphPath> paths;
            try
            {
                paths = result.GetValue(k) is { } count
                    ? run.Graph.KShortestPaths(from, to, count, pathFilter)
                    : result.GetValue(all)
                        ? run.Graph.AllPaths(from, to, bound ?? DefaultAllHops, pathFilter, result.GetValue(maxPaths) ?? PathQueries.DefaultMaxPaths)
                        : run.Graph.ShortestPath(from, to, pathFilter) is { } shortest ? [shortest] : [];
            }
            catch (PathSearchLimitException e)
            {
                run.Error.WriteLine(e.Message);
                return ExitCodes.InvalidInput;
            }

            var found = paths.Where(p => bound is not { } max || p.Length <= max).ToList();
            if (run.Json)
            {
                run.WriteJson(new PathOutput(EntityRow.Of(from), EntityRow.Of(to), [.. found.Select(PathRow.Of)]));
            }
            else if (found.Count == 0)
            {
                run.Error.WriteLine($"No path from {from.Name} to {to.Name} with these filters.");
            }

            if (!run.Json && found.Count > 0)
            {
                run.Write(DiplomacyGraph.Text.QueryReports.Paths(found, run.Graph));
            }

            return found.Count == 0 ? ExitCodes.NotFound : ExitCodes.Ok;
        }));
        return command;
    }

    internal sealed record PathOutput(EntityRow From, EntityRow To, IReadOnlyList<PathRow> Paths);
}
