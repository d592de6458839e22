using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>What the dataset makes of its sources: which facts cite each, and which sentences are still unmodelled.</summary>
public static class SourceQueries
{
    /// <summary>
    /// Every source in graph order with how many facts cite it and, when <paramref name="sourceText"/> gives its text, its
    /// sentences (split as <see cref="SearchQueries.Search"/> splits them) that no quote lies in. Case, punctuation and
    /// typographic quote marks are ignored when a quote is looked for in a sentence.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="sourceText">The text of a source, or null when not available (e.g. <see cref="Seeds.SourceText"/>).</param>
    /// <example><code>foreach (var c in graph.Coverage(Seeds.SourceText)) Console.WriteLine($"{c.Source.Id}: {c.Facts} facts, {c.Uncited.Length} sentences uncited");</code></example>
    public static ImmutableArray<SourceCoverage> Coverage(this DiplomaticGraph graph, Func<Source, string?>? sourceText = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var facts = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var quotes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Cite(string fact, IEnumerable<Citation> citations)
        {
            foreach (var citation in citations)
            {
                (facts.TryGetValue(citation.SourceId, out var set) ? set : facts[citation.SourceId] = new(StringComparer.Ordinal)).Add(fact);
                if (citation is QuoteCitation quote)
                {
                    (quotes.TryGetValue(citation.SourceId, out var list) ? list : quotes[citation.SourceId] = []).Add(SearchQueries.Key(quote.Quote));
                }
            }
        }

        foreach (var entity in graph.Entities)
        {
            Cite("entity " + entity.Id, entity.Citations.Concat(entity.Meeting?.Statuses.SelectMany(s => s.Citations) ?? []));
        }

        foreach (var relation in graph.Relations)
        {
            Cite("relation " + relation.Id, relation.Citations);
        }

        return
        [
            .. graph.Sources.Select(source =>
            {
                var count = facts.GetValueOrDefault(source.Id)?.Count ?? 0;
                if (sourceText?.Invoke(source) is not { } text)
                {
                    return new SourceCoverage(source, count, null, []);
                }

                var sentences = SearchQueries.Sentences(text);
                var keys = quotes.GetValueOrDefault(source.Id) ?? [];
                var uncited = sentences.Where(s => SearchQueries.Key(s) is var key && !keys.Any(k => k.Length > 0 && (key.Contains(k, StringComparison.Ordinal) || k.Contains(key, StringComparison.Ordinal))));
                return new SourceCoverage(source, count, sentences.Length, [.. uncited]);
            }),
        ];
    }
}
