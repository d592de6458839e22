using System.CommandLine;
using DiplomacyGraph.PostgreSql;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary><c>dipgraph db search TEXT [--limit N]</c>: PostgreSQL full-text search over names, aliases and quotes.</summary>
internal static class DbSearchCommand
{
    public static Command Create(GlobalOptions options, DbOptions db)
    {
        var text = new Argument<string>("text") { Description = "The words to find (all of them, whole words, any case)." };
        var limit = new Option<int>("--limit") { Description = "At most this many hits (default 20).", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search over names, aliases and quotes in the store, best first.") { text, limit };
        command.SetAction(result => DbRun.Execute(result, options, db, async (run, store) =>
        {
            var query = result.GetValue(text)!;
            var hits = await store.SearchAsync(query, result.GetValue(limit));
            if (run.Json)
            {
                run.WriteJson(new DbSearchOutput(query, [.. hits.Select(SearchHitRow.Of)]));
                return ExitCodes.Ok;
            }

            run.Out.WriteLine($"{query}: {hits.Length} hit{(hits.Length == 1 ? string.Empty : "s")}");
            foreach (var hit in hits)
            {
                var where = hit.Kind switch
                {
                    SearchHitKind.Name => "name of",
                    SearchHitKind.Alias => "alias of",
                    SearchHitKind.EntityQuote => $"quote ({hit.SourceId}) on",
                    _ => $"quote ({hit.SourceId}) on relation",
                };
                run.Out.WriteLine($"  {where} {hit.OwnerId}: “{hit.Text}”");
            }

            return hits.IsEmpty ? ExitCodes.NotFound : ExitCodes.Ok;
        }));
        return command;
    }

    internal sealed record DbSearchOutput(string Query, IReadOnlyList<SearchHitRow> Hits);

    internal sealed record SearchHitRow(SearchHitKind Kind, string Owner, string Text, string? Source, float Rank)
    {
        public static SearchHitRow Of(SearchHit hit) => new(hit.Kind, hit.OwnerId, hit.Text, hit.SourceId, hit.Rank);
    }
}
