using System.CommandLine;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph diff DAY1 DAY2 [--known] [--lenient]</c>: what became valid (or known) between two days.</summary>
internal static class DiffCommand
{
    public static Command Create(GlobalOptions options)
    {
        var from = new Argument<string>("day1") { Description = "The first day (yyyy-mm-dd)." };
        var to = new Argument<string>("day2") { Description = "The second day." };
        var known = new Option<bool>("--known") { Description = "Compare what sources had published (default: what had happened)." };
        var command = new Command("diff", "What became valid, or known, between two days: entities and relations added or gone.") { from, to, known };
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var (day1, day2) = (Invocation.Day(result.GetValue(from)!, "day1"), Invocation.Day(result.GetValue(to)!, "day2"));
            var mode = run.Lenient ? TimeOrderMode.Lenient : TimeOrderMode.Strict;
            var diff = run.Graph.Diff(day1, day2, result.GetValue(known), mode);
            if (run.Json)
            {
                run.WriteJson(new DiffOutput(
                    Invocation.Iso(day1), Invocation.Iso(day2), diff.Known, [.. diff.AddedEntities.Select(EntityRow.Of)], [.. diff.RemovedEntities.Select(EntityRow.Of)],
                    [.. diff.AddedRelations.Select(r => RelationRow.Of(r, run.Graph))], [.. diff.RemovedRelations.Select(r => RelationRow.Of(r, run.Graph))]));
                return ExitCodes.Ok;
            }

            var report = new Report(diff.ToString());
            foreach (var (sign, entities) in new[] { ("+", diff.AddedEntities), ("−", diff.RemovedEntities) })
            {
                foreach (var e in entities)
                {
                    report.Add($"{sign} {e.Name} ({e.Kind}{(e.Meeting is { } m ? $", {m.Time}" : string.Empty)})", null, 0, ("change", sign == "+" ? "added" : "removed"), ("entity", e.Id));
                }
            }

            foreach (var (sign, relations) in new[] { ("+", diff.AddedRelations), ("−", diff.RemovedRelations) })
            {
                foreach (var r in relations)
                {
                    report.Add($"{sign} {r.Time}  {Sentences.Relation(run.Graph, r)}", null, 0, ("change", sign == "+" ? "added" : "removed"), ("relation", r.Id));
                }
            }

            if (diff.IsEmpty)
            {
                report.Note(diff.Known ? run.Graph.ExplainKnownAsOf(day2, mode) : run.Graph.ExplainAsOf(day2));
            }

            return run.Write(report);
        }));
        return command;
    }

    internal sealed record DiffOutput(
        string From, string To, bool Known, IReadOnlyList<EntityRow> AddedEntities, IReadOnlyList<EntityRow> RemovedEntities,
        IReadOnlyList<RelationRow> AddedRelations, IReadOnlyList<RelationRow> RemovedRelations);
}
