using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph entities [--kind K]</c>: lists entities, optionally of one kind.</summary>
internal static class EntitiesCommand
{
    public static Command Create(GlobalOptions options)
    {
        var kind = Choices.One<EntityKind>("--kind", "Only entities of this kind (any case).");
        var command = new Command("entities", "List entities: id, kind, name.") { kind };
        command.SetAction(result => Invocation.Execute(result, options, run => Run(run, result.GetValue(kind))));
        return command;
    }

    private static int Run(Invocation run, EntityKind? kind)
    {
        var entities = kind is { } k ? run.Graph.EntitiesOfKind(k) : run.Graph.Entities;
        if (run.Json)
        {
            run.WriteJson(entities.Select(EntityRow.Of).ToList());
            return ExitCodes.Ok;
        }

        foreach (var entity in entities)
        {
            run.Out.WriteLine($"{entity.Id,-40} {entity.Kind,-13} {entity.Name}");
        }

        return ExitCodes.Ok;
    }
}
