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
        command.SetAction(result => CliRun.Execute(result, options, run => Run(run, result.GetValue(name)!)));
        return command;
    }

    private static int Run(CliRun run, string name)
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

        var output = run.Out;
        output.WriteLine($"{entity.Name}  ({entity.Kind}, id {entity.Id}){TextRows.Mark(entity.Basis, entity.Note)}");
        if (entity is { Basis: Basis.Stated, Note: { } remark })
        {
            output.WriteLine($"  note: {remark}");
        }

        if (!entity.Aliases.IsEmpty)
        {
            output.WriteLine($"  also: {string.Join(", ", entity.Aliases)}");
        }

        foreach (var (key, value) in entity.Attributes)
        {
            output.WriteLine($"  {key}: {value}");
        }

        if (entity.Meeting is { } meeting)
        {
            output.WriteLine($"  when: {meeting.Time}   status: {string.Join(" → ", meeting.Statuses.Select(s => s.Status))}");
            if (!meeting.Topics.IsEmpty)
            {
                output.WriteLine($"  topics: {string.Join(", ", meeting.Topics)}");
            }
        }

        if (statement is not null)
        {
            var cameo = string.Join(", ", StatementActs.CameoCodes(statement.Details.Act));
            output.WriteLine($"  when: {statement.Details.Time}   act: {StatementQueries.ActText(statement.Details.Act)} (CAMEO {cameo})   speech: {StatementQueries.SpeechText(statement.Details.Speech)}");
            output.WriteLine($"  said by: {(statement.Speakers.IsEmpty ? "(no speaker recorded)" : string.Join(", ", statement.Speakers))}");
            if (statement.Occasion is { } occasion)
            {
                output.WriteLine($"  at: {occasion.Name} ({occasion.Id})");
            }

            if (!statement.Subjects.IsEmpty)
            {
                output.WriteLine($"  about: {string.Join(", ", statement.Subjects.Select(s => s.Name))}");
            }

            if (!statement.Details.Topics.IsEmpty)
            {
                output.WriteLine($"  topics: {string.Join(", ", statement.Details.Topics)}");
            }

            TextRows.Words(output, statement, "  ");
        }
        else
        {
            TextRows.Quotes(output, entity.Citations, graph, "  ");
        }

        output.WriteLine($"relations ({relations.Length}):");
        foreach (var relation in relations)
        {
            var outgoing = relation.From == entity.Id;
            var other = graph.GetEntity(outgoing ? relation.To : relation.From);
            var arrow = TextRows.Arrow(relation.Type, outgoing);
            var role = relation.Role is null ? string.Empty : $" as {relation.Role}";
            var assertion = TextRows.Assertion(relation.Assertion, relation.ClaimedBy);
            var attributes = relation.Attributes.Count == 0 ? string.Empty : $"  {{{string.Join(", ", relation.Attributes.Select(a => $"{a.Key}: {a.Value}"))}}}";
            output.WriteLine($"  {relation.Time,-24} {arrow} {other.Name} ({other.Id}){role}{assertion}{TextRows.Mark(relation.Basis, relation.Note)}{attributes}");
            TextRows.Quotes(output, relation.Citations, graph);
        }

        return ExitCodes.Ok;
    }

    internal sealed record MeetingRow(string Time, MeetingStatus Status, IReadOnlyList<MeetingStatus> StatusHistory, IReadOnlyList<string> Topics);

    internal sealed record ShowOutput(
        string Id, EntityKind Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, string> Attributes,
        MeetingRow? Meeting, IReadOnlyList<CitationRow> Citations, IReadOnlyList<RelationRow> Relations,
        StatementRow? Statement = null, Basis? Basis = null, string? Note = null);
}
