using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary>
/// <c>dipgraph db search TEXT [--limit N]</c>: the <c>search</c> command answered by the server (names, aliases and quotes;
/// the store keeps no article texts), with the same text and JSON output.
/// </summary>
internal static class DbSearchCommand
{
    public static Command Create(GlobalOptions options, DbOptions db)
    {
        var text = new Argument<string[]>("text") { Description = "Words (all must occur), or a phrase in quote marks: '\"distant prospect\"'.", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit") { Description = $"At most this many hits, best first (default {SearchQueries.DefaultLimit}).", DefaultValueFactory = _ => SearchQueries.DefaultLimit };
        limit.InRange(1, int.MaxValue);
        var command = new Command("search", "The search command, run on the server over names, aliases and quotes: the same hits and output as in memory without the articles' text.") { text, limit };
        command.SetAction(result => DbInvocation.Execute(result, options, db, async (run, store) =>
        {
            var query = string.Join(' ', result.GetValue(text)!);
            var hits = await store.SearchAsync(query, result.GetValue(limit));
            if (run.Json)
            {
                run.WriteJson(new SearchCommand.SearchOutput(query, [.. hits.Select(SearchCommand.SearchRow.Of)]));
            }
            else
            {
                run.Write(QueryReports.Search(query, hits));
            }

            return hits.IsEmpty ? ExitCodes.NotFound : ExitCodes.Ok;
        }));
        return command;
    }
}
