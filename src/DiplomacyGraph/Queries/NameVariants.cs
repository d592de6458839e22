using System.Text;

namespace DiplomacyGraph.Queries;

/// <summary>
/// Spelling-variant keys for near-miss suggestions: transliterations of the same name (Muhammad, Mohammad, Mohammed;
/// Nooruddin, Nuruddin; Muttaqi, Mutaqi) share one <see cref="Skeleton"/>, and small typos are within a small edit distance.
/// </summary>
internal static class NameVariants
{
    /// <summary>
    /// The transliteration skeleton of a <see cref="NameKey"/>: <c>oo</c>/<c>ou</c> → <c>u</c>, <c>ee</c> → <c>i</c>,
    /// <c>ph</c> → <c>f</c>, <c>q</c> → <c>k</c>, then <c>o</c> → <c>u</c>, <c>e</c> → <c>a</c>, <c>y</c> → <c>i</c>, and doubled letters once.
    /// </summary>
    public static string Skeleton(string key)
    {
        var text = key.Replace("oo", "u", StringComparison.Ordinal).Replace("ou", "u", StringComparison.Ordinal)
            .Replace("ee", "i", StringComparison.Ordinal).Replace("ph", "f", StringComparison.Ordinal);
        var skeleton = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = c switch { 'q' => 'k', 'o' => 'u', 'e' => 'a', 'y' => 'i', _ => c };
            if (skeleton.Length == 0 || skeleton[^1] != mapped || mapped == ' ')
            {
                skeleton.Append(mapped);
            }
        }

        return skeleton.ToString();
    }

    /// <summary>The number of single-letter insertions, deletions, substitutions and swaps of neighbours between two texts.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>How many typos a word of this length may carry and still count as a near miss: none under 4 letters, 1, or 2 from 8.</summary>
    public static int Tolerance(int length) => length < 4 ? 0 : length < 8 ? 1 : 2;

    /// <summary>
    /// How far a query is from a name, both <see cref="NameKey"/>s: 0 when their skeletons are equal, otherwise the summed
    /// distance of each query word to its closest name word (each within <see cref="Tolerance"/>), plus one; null when too far.
    /// </summary>
    public static int? Miss(string queryKey, string nameKey)
    {
        if (Skeleton(queryKey) == Skeleton(nameKey))
        {
            return 0;
        }

        var nameWords = nameKey.Split(' ');
        var total = 1;
        foreach (var word in queryKey.Split(' '))
        {
            var skeleton = Skeleton(word);
            var best = nameWords.Min(n => Skeleton(n) == skeleton ? 0 : Distance(word, n));
            if (best > Tolerance(word.Length))
            {
                return null;
            }

            total += best;
        }

        return total;
    }
}
