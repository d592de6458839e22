using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph reach A B [--start D] [--strict] [--type T…] [--assertions A…] [--avoid-kind K…] [--through-kind K…] [--from D] [--to D] [--certain] [--directed]</c>: the earliest time-respecting route.</summary>
internal static class ReachCommand
{
    public static Command Create(GlobalOptions options)
    {
        var a = new Argument<string>("from") { Description = "Who the message starts with (id, name or alias)." };
        var b = new Argument<string>("to") { Description = "Who it should reach." };
        var start = new Option<string?>("--start") { Description = "No hop before this day (yyyy-mm-dd); default: the earliest day in the dataset." };
        var strict = new Option<bool>("--strict") { Description = "Each hop certainly no earlier than the previous one (default: possibly no earlier)." };
        var filter = new FilterOptions("Relation types that carry a message (default: attended, met, briefed).", "stated; a denied relation never carries");
        var command = new Command("reach", "The earliest time-respecting route over stated relations: each hop no earlier than the one before.") { a, b, start, strict };
        filter.AddTo(command);
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var (from, to) = (run.Graph.Resolve(result.GetValue(a)!), run.Graph.Resolve(result.GetValue(b)!));
            var day = result.GetValue(start) is { } text ? Invocation.Day(text, "--start") : EarliestDay(run.Graph);
            var mode = result.GetValue(strict) ? TimeOrderMode.Strict : TimeOrderMode.Lenient;
            var found = run.Graph.EarliestArrival(from, to, day, mode, filter.Get(result, run));
            if (run.Json)
            {
                run.WriteJson(new ReachOutput(
                    EntityRow.Of(from), EntityRow.Of(to), Invocation.Iso(day), mode, found is not null,
                    found is null ? null : Invocation.Iso(found.EarliestArrival), found is null ? null : Invocation.Iso(found.ReachedBy), found is null ? null : PathRow.Of(found.Path)));
            }
            else if (found is null)
            {
                run.Error.WriteLine($"{to.Name} cannot be reached from {from.Name} starting {Invocation.Iso(day)} ({mode.ToString().ToLowerInvariant()} time order).");
            }
            else
            {
                run.Write(QueryReports.Route(found, run.Graph));
            }

            return found is null ? ExitCodes.NotFound : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The earliest day any relation or meeting possibly falls on (relations of unknown or open start are not counted).</summary>
    internal static DateOnly EarliestDay(DiplomaticGraph graph) =>
        graph.Relations.Select(r => r.Time.Earliest).Where(d => d != DateOnly.MinValue).DefaultIfEmpty(DateOnly.MinValue).Min();

    internal sealed record ReachOutput(
        EntityRow From, EntityRow To, string Start, TimeOrderMode Mode, bool Reached, string? EarliestArrival, string? ReachedBy, PathRow? Path);
}
