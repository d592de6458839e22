using System.CommandLine;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph sources [ID…] [--uncited]</c>: every source with its title, url, publication date, how many facts cite it and
/// how many of its sentences no fact cites (with <c>--uncited</c>, those sentences: what is left to model).
/// </summary>
internal static class SourcesCommand
{
    public static Command Create(GlobalOptions options)
    {
        var uncited = new Option<bool>("--uncited") { Description = "Also list each source's sentences that no fact cites." };
        var ids = new Argument<string[]>("ids") { Description = "Only these sources (ids); every source when none is given.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("sources", "List sources: title, url, published, facts citing each, and sentences no fact cites.") { ids, uncited };
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var wanted = result.GetValue(ids) ?? [];
            foreach (var id in wanted.Where(id => !run.Graph.TryGetSource(id, out _)))
            {
                throw new FormatException($"'{id}' is not a source id of the graph; its sources: {string.Join(", ", run.Graph.Sources.Select(s => s.Id))}.");
            }

            var coverage = run.Graph.Coverage(run.SourceText).Where(c => wanted.Length == 0 || wanted.Contains(c.Source.Id)).ToList();
            if (run.Json)
            {
                run.WriteJson(coverage.Select(c => SourceRow.Of(c, result.GetValue(uncited))).ToList());
                return ExitCodes.Ok;
            }

            return run.Write(QueryReports.Sources(coverage, result.GetValue(uncited)));
        }));
        return command;
    }

    /// <summary>A source in <c>sources --json</c>: <see cref="UncitedSentences"/> and <see cref="Sentences"/> are null when its text is not available.</summary>
    internal sealed record SourceRow(
        string Id, string Title, string? Url, string? Outlet, string? Author, string Published, string? File,
        int Facts, int? Sentences, int? UncitedSentences, IReadOnlyList<string>? Uncited)
    {
        public static SourceRow Of(SourceCoverage c, bool listUncited) => new(
            c.Source.Id, c.Source.Title, c.Source.Url, c.Source.Outlet, c.Source.Author, c.Source.Published.ToString(), c.Source.File,
            c.Facts, c.Sentences, c.Sentences is null ? null : c.Uncited.Length, listUncited && c.Sentences is not null ? [.. c.Uncited] : null);
    }
}
