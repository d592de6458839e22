using System.Globalization;
using System.Text;

namespace DiplomacyGraph;

/// <summary>
/// The key names are looked up by: case-, diacritic- and punctuation-insensitive
/// ("Tehreek-e-Taliban" → "tehreek e taliban", "Muttaqī" → "muttaqi").
/// </summary>
public static class NameKey
{
    /// <summary>Normalizes a name or alias to its lookup key.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (c is not ('\'' or '’' or '‘'))
            {
                pendingSpace = true;
            }
        }

        return key.ToString().Normalize(NormalizationForm.FormC);
    }
}
