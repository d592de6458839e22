using System.Collections.Immutable;
using System.Text;

namespace DiplomacyGraph.Queries;

/// <summary>
/// Finds a fragment in a source text as a curator types it: quote marks, apostrophes, dashes, white space and case need
/// not match (<c>Pakistan's</c> finds <c>Pakistan’s</c>; a line break is a space), and gives the text's exact span, the
/// quote a citation needs (quotes are checked character for character). No I/O: the caller brings the text.
/// </summary>
/// <example><code>
/// foreach (var match in QuoteFinder.Find(articleText, "Pakistan's Deputy Prime Minister"))
///     Console.WriteLine($"{match.Line}:{match.Column} {match.Quote}");
/// </code></example>
public static class QuoteFinder
{
    /// <summary>Every occurrence of <paramref name="fragment"/> in <paramref name="text"/>, in text order (none for blank fragments).</summary>
    /// <param name="text">The source text.</param>
    /// <param name="fragment">What to find; leading and trailing white space is ignored.</param>
    public static ImmutableArray<QuoteMatch> Find(string text, string fragment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fragment);
        var (wanted, _) = Fold(fragment.Trim());
        if (wanted.Length == 0)
        {
            return [];
        }

        var (folded, starts) = Fold(text);
        var matches = ImmutableArray.CreateBuilder<QuoteMatch>();
        for (var at = folded.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(wanted, at + 1, StringComparison.Ordinal))
        {
            var start = starts[at];
            var end = EndOf(text, starts, at + wanted.Length - 1);
            var quote = text[start..end];
            var (line, column) = Position(text, start);
            matches.Add(new QuoteMatch(quote, start, line, column) { Differs = !string.Equals(quote, fragment.Trim(), StringComparison.Ordinal) });
        }

        return matches.ToImmutable();
    }

    /// <summary>
    /// The text folded for matching: look-alike quote marks and dashes as one, each run of white space as one space,
    /// lower case; with where each folded character starts in the text.
    /// </summary>
    private static (string Folded, List<int> Starts) Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] == ' ')
                {
                    continue;
                }

                c = ' ';
            }

            folded.Append(c switch
            {
                '\'' or '‘' or '’' or '‚' or '‛' or 'ʼ' or '`' or '´' or '′' => '\'',
                '"' or '“' or '”' or '„' or '«' or '»' or '″' => '"',
                '-' or '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' => '-',
                _ => char.ToLowerInvariant(c),
            });
            starts.Add(i);
        }

        return (folded.ToString(), starts);
    }

    /// <summary>The end (exclusive) in the text of the folded character at <paramref name="last"/>: a folded space ends where the run of white space does not; the span never ends in white space.</summary>
    private static int EndOf(string text, List<int> starts, int last)
    {
        var end = starts[last] + 1;
        if (char.IsHighSurrogate(text[end - 1]) && end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return end;
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (text[i] != '\r')
            {
                column++;
            }
        }

        return (line, column);
    }
}
