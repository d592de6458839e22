using System.Text;

namespace DiplomacyGraph.Formats.Events;

/// <summary>Readable kebab-case ids made from names (<c>Foreign Affairs (Bangladesh)</c> → <c>foreign-affairs-bangladesh</c>).</summary>
internal static class EventIds
{
    /// <summary>Lower-case ASCII letters and digits of the name, runs of anything else one dash; accents dropped.</summary>
    public static string Kebab(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var id = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && id.Length > 0)
                {
                    id.Append('-');
                }

                id.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                dash = true;
            }
        }

        return id.Length == 0 ? "x" : id.ToString();
    }

    /// <summary>A short stable hash of a text as 8 hex digits (FNV-1a), for ids made from URLs.</summary>
    public static string Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Upper-case GDELT names in title case (<c>UNITED STATES</c> → <c>United States</c>); mixed case kept.</summary>
    public static string Title(string name)
    {
        if (name.Any(char.IsLower))
        {
            return name;
        }

        var chars = name.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || !char.IsLetter(chars[i - 1]) && chars[i - 1] != '\'')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
