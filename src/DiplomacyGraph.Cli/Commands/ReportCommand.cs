using System.CommandLine;
using DiplomacyGraph.Notebooks;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph report [ENTITY [OTHER]] [--out FILE]</c>: one self-contained HTML page on the whole graph, an entity,
/// or what passed between two entities (see docs/report.md). The file is written whole or not at all.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(GlobalOptions options)
    {
        var entity = new Argument<string?>("entity") { Description = "The entity the page is about (id, name or alias); the whole graph when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var other = new Argument<string?>("other") { Description = "A second entity: the page is about what passed between the two.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out") { Description = "Write the page to this file (replaced atomically) instead of standard output." };
        var command = new Command("report", "A self-contained HTML page (summary, timeline, history with footnoted sources, statements, contradictions, network, sources) to share.") { entity, other, output };
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var (first, second) = (result.GetValue(entity), result.GetValue(other));
            var page = first is null ? run.Graph.Report() : second is null ? run.Graph.Report(first) : run.Graph.Report(first, second);
            if (result.GetValue(output) is not { } path)
            {
                run.Out.Write(page);
                return ExitCodes.Ok;
            }

            try
            {
                DiplomacyGraph.Formats.AtomicFile.Write(path, writer => writer.Write(page));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                run.Error.WriteLine(e.Message);
                return ExitCodes.InvalidInput;
            }

            run.Error.WriteLine($"wrote {path}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
