using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Full-text search over names, aliases, quotes and source texts: "who said …?"</summary>
public static partial class SearchQueries
{
    /// <summary>The number of hits <see cref="Search"/> returns unless told otherwise.</summary>
    public const int DefaultLimit = 20;

    /// <summary>
    /// Finds <paramref name="text"/> in entity names and aliases, in every quote a fact cites (entities, relations, meeting status
    /// reports; record citations have no words to search) and, when <paramref name="sourceText"/> gives them, in the sentences of the sources. Words match whole words in any
    /// order; text in quote marks (<c>"distant prospect"</c>) matches as a phrase. Case, diacritics, punctuation and typographic quote
    /// marks are ignored. A quote is shown in its source sentence, once, with every fact that cites it (<see cref="SearchHit.Fact"/>
    /// joins them with "; "); a matching sentence no fact cites is a hit of its own
    /// (<see cref="SearchHit.Uncited"/>). Ranked: phrases before scattered words, then names, aliases, quotes, source sentences,
    /// shorter texts first; then in graph order.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="text">Words, or a phrase in quote marks.</param>
    /// <param name="sourceText">The text of a source, or null when not available (e.g. <see cref="Seeds.SourceText"/>).</param>
    /// <param name="limit">At most this many hits, best first.</param>
    /// <example><code>foreach (var hit in graph.Search("\"distant prospect\"", Seeds.SourceText)) Console.WriteLine(hit);</code></example>
    public static ImmutableArray<SearchHit> Search(this DiplomaticGraph graph, string text, Func<Source, string?>? sourceText = null, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var trimmed = text.Trim();
        var phrase = trimmed.Length > 1 && IsQuoteMark(trimmed[0]) && IsQuoteMark(trimmed[^1]);
        var query = Key(trimmed);
        if (query.Length == 0)
        {
            return [];
        }

        var words = query.Split(' ').Distinct(StringComparer.Ordinal).ToArray();
        double? Match(string candidate, double weight)
        {
            var key = $" {Key(candidate)} ";
            var asPhrase = key.Contains($" {query} ", StringComparison.Ordinal);
            if (phrase ? !asPhrase : !words.All(w => key.Contains($" {w} ", StringComparison.Ordinal)))
            {
                return null;
            }

            return weight * (asPhrase ? 2 : 1) + (1.0 / (1 + (key.Length / 80.0)));
        }

        var sentences = graph.Sources.ToDictionary(s => s.Id, s => sourceText?.Invoke(s) is { } t ? Sentences(t) : [], StringComparer.Ordinal);
        var hits = new List<SearchHit>();
        var quoted = new Dictionary<string, List<(string Key, string Fact)>>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            var fact = $"{entity.Name} ({entity.Kind}, id {entity.Id})";
            if (Match(entity.Name, 4) is { } byName)
            {
                hits.Add(new SearchHit(byName, SearchField.Name, entity.Name, entity, null, null, fact));
            }
            else if (entity.Aliases.Select(a => (Alias: a, Score: Match(a, 3))).FirstOrDefault(a => a.Score is not null) is { Alias: not null } alias)
            {
                hits.Add(new SearchHit(alias.Score!.Value, SearchField.Alias, alias.Alias, entity, null, null, fact));
            }

            var citations = entity.Citations.Concat(entity.Meeting?.Statuses.SelectMany(s => s.Citations) ?? []);
            AddQuotes(entity, null, $"{entity.Name} ({entity.Kind.ToString().ToLowerInvariant()})", citations);
        }

        foreach (var relation in graph.Relations)
        {
            var fact = $"{Name(relation.From)} —{relation.Type}→ {Name(relation.To)} ({relation.Time})"
                + (relation.Assertion == Assertion.Stated ? string.Empty : $" [{relation.Assertion.ToString().ToLowerInvariant()}{(relation.ClaimedBy is null ? string.Empty : " by " + Name(relation.ClaimedBy))}]");
            AddQuotes(null, relation, fact, relation.Citations);
        }

        foreach (var source in graph.Sources)
        {
            var cites = quoted.GetValueOrDefault(source.Id) ?? [];
            foreach (var sentence in sentences[source.Id])
            {
                var key = Key(sentence);
                var citing = cites.Where(c => key.Contains(c.Key, StringComparison.Ordinal)).ToList();
                if (Match(sentence, 1) is { } score && !hits.Any(h => h.Field == SearchField.Quote && h.Text == sentence))
                {
                    hits.Add(new SearchHit(score, SearchField.SourceText, sentence, null, null, new ResolvedCitation(new QuoteCitation(source.Id, sentence), source), citing.FirstOrDefault().Fact));
                }
            }
        }

        return [.. hits.Select((h, i) => (Hit: h, Order: i)).OrderByDescending(h => h.Hit.Score).ThenBy(h => h.Order).Select(h => h.Hit).Take(limit)];

        string Name(string id) => graph.TryGetEntity(id, out var e) ? e.Name : id;

        void AddQuotes(Entity? entity, Relation? relation, string fact, IEnumerable<Citation> citations)
        {
            foreach (var citation in citations.OfType<QuoteCitation>().Distinct())
            {
                var key = Key(citation.Quote);
                if (!quoted.TryGetValue(citation.SourceId, out var list))
                {
                    quoted[citation.SourceId] = list = [];
                }

                list.Add((key, fact));
                if (Match(citation.Quote, 2) is { } score && graph.TryGetSource(citation.SourceId, out var source))
                {
                    var sentence = sentences.GetValueOrDefault(source.Id)?.FirstOrDefault(s => Key(s).Contains(key, StringComparison.Ordinal)) ?? citation.Quote;
                    var same = hits.FindIndex(h => h.Field == SearchField.Quote && h.Text == sentence && h.Citation?.SourceId == source.Id);
                    if (same < 0)
                    {
                        hits.Add(new SearchHit(score, SearchField.Quote, sentence, entity, relation, new ResolvedCitation(citation, source), fact));
                    }
                    else if (!hits[same].Fact!.Split("; ").Contains(fact))
                    {
                        // One hit per sentence: every fact citing it is named in it.
                        hits[same] = hits[same] with { Fact = $"{hits[same].Fact}; {fact}", Score = Math.Max(hits[same].Score, score) };
                    }
                }
            }
        }
    }

    /// <summary>The search key of a text: its <see cref="NameKey"/> with possessives split off ("Russia’s" finds "Russia").</summary>
    internal static string Key(string text) =>
        NameKey.Normalize(text.Replace("’s ", " ", StringComparison.Ordinal).Replace("'s ", " ", StringComparison.Ordinal)
            .Replace("’s", " ", StringComparison.Ordinal).Replace("'s", " ", StringComparison.Ordinal));

    private static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’' or '«' or '»' or '„';

    /// <summary>The sentences of a text: split after . ! ? (and a closing quote mark) followed by white space, and at blank lines.</summary>
    internal static string[] Sentences(string text) =>
        [.. SentenceBreak().Split(text).Select(s => WhiteSpace().Replace(s, " ").Trim()).Where(s => s.Length > 0)];

    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+|\n\s*\n")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
