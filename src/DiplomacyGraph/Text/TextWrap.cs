using System.Text;

namespace DiplomacyGraph.Text;

/// <summary>Word wrapping for terminal output.</summary>
internal static class TextWrap
{
    /// <summary>The width used when the output is not a terminal.</summary>
    public const int DefaultWidth = 100;

    /// <summary>
    /// Breaks <paramref name="text"/> at spaces into lines of at most <paramref name="width"/> characters (a longer word stays
    /// whole), the first prefixed by <paramref name="indent"/>, the others by <paramref name="hanging"/>.
    /// </summary>
    public static IEnumerable<string> Lines(string text, int width, string indent, string hanging)
    {
        var line = new StringBuilder(indent);
        var fresh = true;
        foreach (var word in text.Split(' '))
        {
            if (!fresh && word.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString().TrimEnd();
                line.Clear().Append(hanging);
                fresh = true;
            }

            if (fresh && word.Length == 0)
            {
                continue;
            }

            if (!fresh)
            {
                line.Append(' ');
            }

            line.Append(word);
            fresh = false;
        }

        yield return line.ToString().TrimEnd();
    }
}
