using System.Text;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Text;

/// <summary>Quotes as people read them, in text reports and notebooks alike: in one pair of typographic quote marks, each once.</summary>
internal static class QuoteText
{
    private static readonly char[] Marks = ['“', '”', '"', '„', '«', '»'];

    /// <summary>
    /// The quote between “ and ”: quote marks around the whole quote are not doubled, and marks inside it become ‘ ’
    /// (“the recognition remains a ‘distant prospect.’”); a straight <c>"</c> inside opens (‘) at the start or after a space or
    /// bracket and closes (’) elsewhere.
    /// </summary>
    public static string Quoted(string quote)
    {
        var text = quote.Trim();
        if (text.Length >= 2 && Marks.Contains(text[0]) && Marks.Contains(text[^1]) && text[1..^1].IndexOfAny(Marks) < 0)
        {
            text = text[1..^1];
        }

        var inner = new StringBuilder(text.Length + 2).Append('“');
        for (var i = 0; i < text.Length; i++)
        {
            inner.Append(text[i] switch
            {
                '“' => '‘',
                '”' => '’',
                '"' => i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '‘' ? '‘' : '’',
                var c => c,
            });
        }

        return inner.Append('”').ToString();
    }

    /// <summary>What a citation shows: the quote as <see cref="Quoted"/> writes it, or the dataset and record (<c>ICEWS record 26870000</c>).</summary>
    public static string Shown(ResolvedCitation citation) => citation.Quote is { } quote ? Quoted(quote) : citation.Evidence;

    /// <summary>
    /// The citations with near-duplicates dropped, each as shown (<see cref="Shown"/>). A quote whose text (case, punctuation and
    /// accents ignored) another quote of the same source contains is left out, so "Sadiq met Muttaqi" goes when the same source
    /// also gives "Sadiq met Muttaqi on March 22", and of two that differ only so the first stays; another source's shorter quote
    /// stays, as a second witness. Each remaining text
    /// is listed once with every source that gives it, in the order first given.
    /// </summary>
    public static IReadOnlyList<(string Shown, IReadOnlyList<ResolvedCitation> Sources)> Distinct(IEnumerable<ResolvedCitation> citations)
    {
        var all = citations.ToList();
        var keys = all.Select(c => c.Quote is { } q ? NameKey.Normalize(q) : null).ToList();
        var kept = new List<(string Shown, List<ResolvedCitation> Sources)>();
        for (var i = 0; i < all.Count; i++)
        {
            var key = keys[i];
            var covered = key is not null
                && Enumerable.Range(0, all.Count).Any(j => j != i && all[j].SourceId == all[i].SourceId && keys[j] is { } other
                    && (other.Length > key.Length ? other.Contains(key, StringComparison.Ordinal) : j < i && other == key));
            if (covered)
            {
                continue;
            }

            var shown = Shown(all[i]);
            var same = kept.FindIndex(k => k.Shown == shown);
            if (same < 0)
            {
                kept.Add((shown, [all[i]]));
            }
            else if (!kept[same].Sources.Any(s => s.SourceId == all[i].SourceId))
            {
                kept[same].Sources.Add(all[i]);
            }
        }

        return [.. kept.Select(k => (k.Shown, (IReadOnlyList<ResolvedCitation>)k.Sources))];
    }
}
