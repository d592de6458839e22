using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph search TEXT [--limit N]</c>: who said what — words or a phrase in quotes, names and the articles' text.</summary>
internal static class SearchCommand
{
    public static Command Create(GlobalOptions options)
    {
        var text = new Argument<string[]>("text") { Description = "Words (all must occur), or a phrase in quote marks: '\"distant prospect\"'.", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit") { Description = $"At most this many hits, best first (default {SearchQueries.DefaultLimit}).", DefaultValueFactory = _ => SearchQueries.DefaultLimit };
        limit.InRange(1, int.MaxValue);
        var command = new Command("search", "Search quotes, names, aliases and the source articles; each hit with its sentence, the fact citing it, and its source.") { text, limit };
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var query = string.Join(' ', result.GetValue(text)!);
            var hits = run.Graph.Search(query, run.SourceText, result.GetValue(limit));
            if (run.Json)
            {
                run.WriteJson(new SearchOutput(query, [.. hits.Select(SearchRow.Of)]));
            }
            else
            {
                run.Write(QueryReports.Search(query, hits));
            }

            return hits.IsEmpty ? ExitCodes.NotFound : ExitCodes.Ok;
        }));
        return command;
    }

    internal sealed record SearchOutput(string Query, IReadOnlyList<SearchRow> Hits);

    /// <summary>A search hit in JSON output: where it matched, the text, the fact citing it (null when uncited), the source.</summary>
    internal sealed record SearchRow(double Score, SearchField Field, string Text, string? Entity, string? Relation, string? Fact, bool Uncited, CitationRow? Citation)
    {
        public static SearchRow Of(SearchHit h) =>
            new(Math.Round(h.Score, 3), h.Field, h.Text, h.Entity?.Id, h.Relation?.Id, h.Fact, h.Uncited, h.Citation is null ? null : CitationRow.Of(h.Citation));
    }
}
