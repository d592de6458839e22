using System.CommandLine;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph as-of D [--known] [--lenient]</c>: what a slice holds — why (which meetings or sources it keeps), its counts, and
/// its meetings and relations, dated (any other command takes the global --as-of / --known-as-of).
/// </summary>
internal static class AsOfCommand
{
    public static Command Create(GlobalOptions options)
    {
        var date = new Argument<string>("date") { Description = "The day of the slice (yyyy-mm-dd)." };
        var known = new Option<bool>("--known") { Description = "Only what sources certainly published by that day said (default: what could have happened by then)." };
        var command = new Command("as-of", "What the graph held at a day, or what was known at a day: why, counts, and every meeting and relation.") { date, known };
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var day = Invocation.Day(result.GetValue(date)!, "as-of");
            var isKnown = result.GetValue(known);
            var mode = run.Lenient ? TimeOrderMode.Lenient : TimeOrderMode.Strict;
            var slice = isKnown ? run.Graph.KnownAsOf(day, mode) : run.Graph.AsOf(day);
            var why = isKnown ? run.Graph.ExplainKnownAsOf(day, mode) + (run.Lenient ? string.Empty : " Try --lenient.") : run.Graph.ExplainAsOf(day);
            var stats = StatsCommand.Compute(slice);
            if (run.Json)
            {
                run.WriteJson(new AsOfOutput(Invocation.Iso(day), isKnown, run.Lenient, why, stats, [.. slice.EntitiesOfKind(EntityKind.Meeting).Select(EntityRow.Of)], [.. slice.Relations.Select(r => r.Id)]));
                return ExitCodes.Ok;
            }

            var report = new Report($"{(isKnown ? "as known on" : "as of")} {Invocation.Iso(day)}: {stats.Entities} entities, {stats.Relations} relations, {stats.Sources} sources");
            report.Add(why, null, 0, ("field", "why"));
            var meetings = slice.EntitiesOfKind(EntityKind.Meeting);
            report.Add($"meetings ({meetings.Length}):", null, 0, ("field", "heading"));
            foreach (var meeting in meetings.OrderBy(m => m.Meeting!.Time.Earliest))
            {
                report.Add($"{meeting.Meeting!.Time}  {meeting.Name} ({meeting.Meeting.Status.ToString().ToLowerInvariant()})", null, 1, ("field", "meeting"), ("date", meeting.Meeting.Time.ToString()), ("id", meeting.Id));
            }

            var relations = slice.Relations.Where(r => slice.GetEntity(r.To).Meeting is null).OrderBy(r => r.Time.Earliest).ToList();
            report.Add($"relations other than attendances ({relations.Count}):", null, 0, ("field", "heading"));
            foreach (var relation in relations)
            {
                report.Add($"{relation.Time}  {Sentences.Relation(slice, relation)}", null, 1, ("field", "relation"), ("date", relation.Time.ToString()), ("id", relation.Id));
            }

            return run.Write(report);
        }));
        return command;
    }

    internal sealed record AsOfOutput(string Date, bool Known, bool Lenient, string Why, StatsCommand.StatsOutput Stats, IReadOnlyList<EntityRow> Meetings, IReadOnlyList<string> Relations);
}
