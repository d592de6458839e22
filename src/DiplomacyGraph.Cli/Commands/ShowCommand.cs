using System.CommandLine;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph show ENTITY</c>: one entity with everything it takes part in, dated and quoted.</summary>
internal static class ShowCommand
{
    public static Command Create(GlobalOptions options)
    {
        var name = new Argument<string>("entity") { Description = "An id, name or alias (case- and accent-insensitive)." };
        var command = new Command("show", "Show an entity: names, meeting details, and every relation with its date and quotes.") { name };
        command.SetAction(result => Invocation.Execute(result, options, run => Run(run, result.GetValue(name)!)));
        return command;
    }

    private static int Run(Invocation run, string name)
    {
        var graph = run.Graph;
        var entity = graph.Resolve(name);
        var relations = graph.RelationsOf(entity.Id);
        var statement = entity.Statement is null ? null : graph.StatementFacts(entity.Id);
        if (run.Json)
        {
            run.WriteJson(new ShowOutput(
                entity.Id, entity.Kind, entity.Name, entity.Aliases, entity.Attributes,
                entity.Meeting is { } m ? new MeetingRow(m.Time.ToString(), m.Status, [.. m.Statuses.Select(s => s.Status)], m.Topics) : null,
                [.. entity.Citations.Select(c => CitationRow.Of(c, graph))],
                [.. relations.Select(r => RelationRow.Of(r, graph))],
                statement is null ? null : StatementRow.Of(statement),
                entity.Basis == Basis.Inferred ? entity.Basis : null,
                entity.Note));
            return ExitCodes.Ok;
        }

        return run.Write(DiplomacyGraph.Text.QueryReports.Entity(entity, relations, graph));
    }

    internal sealed record MeetingRow(string Time, MeetingStatus Status, IReadOnlyList<MeetingStatus> StatusHistory, IReadOnlyList<string> Topics);

    internal sealed record ShowOutput(
        string Id, EntityKind Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, string> Attributes,
        MeetingRow? Meeting, IReadOnlyList<CitationRow> Citations, IReadOnlyList<RelationRow> Relations,
        StatementRow? Statement = null, Basis? Basis = null, string? Note = null);
}
