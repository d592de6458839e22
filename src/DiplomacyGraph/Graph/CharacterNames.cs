using System.Globalization;

namespace DiplomacyGraph;

/// <summary>
/// Characters as a reader can tell them apart: <c>’ (U+2019 RIGHT SINGLE QUOTATION MARK)</c>. Names come from a small
/// table of the characters that look alike in quotes (quote marks, dashes, spaces); others show their code point only.
/// </summary>
internal static class CharacterNames
{
    private static readonly Dictionary<char, string> Names = new()
    {
        ['\''] = "APOSTROPHE",
        ['"'] = "QUOTATION MARK",
        ['`'] = "GRAVE ACCENT",
        ['\u00B4'] = "ACUTE ACCENT",
        ['\u2018'] = "LEFT SINGLE QUOTATION MARK",
        ['\u2019'] = "RIGHT SINGLE QUOTATION MARK",
        ['\u201A'] = "SINGLE LOW-9 QUOTATION MARK",
        ['\u201B'] = "SINGLE HIGH-REVERSED-9 QUOTATION MARK",
        ['\u201C'] = "LEFT DOUBLE QUOTATION MARK",
        ['\u201D'] = "RIGHT DOUBLE QUOTATION MARK",
        ['\u201E'] = "DOUBLE LOW-9 QUOTATION MARK",
        ['\u00AB'] = "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK",
        ['\u00BB'] = "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK",
        ['\u02BC'] = "MODIFIER LETTER APOSTROPHE",
        ['\u2032'] = "PRIME",
        ['-'] = "HYPHEN-MINUS",
        ['\u2010'] = "HYPHEN",
        ['\u2011'] = "NON-BREAKING HYPHEN",
        ['\u2012'] = "FIGURE DASH",
        ['\u2013'] = "EN DASH",
        ['\u2014'] = "EM DASH",
        ['\u2015'] = "HORIZONTAL BAR",
        ['\u2212'] = "MINUS SIGN",
        [' '] = "SPACE",
        ['\u00A0'] = "NO-BREAK SPACE",
        ['\u2009'] = "THIN SPACE",
        ['\u202F'] = "NARROW NO-BREAK SPACE",
        ['\t'] = "CHARACTER TABULATION",
        ['\n'] = "LINE FEED",
        ['\r'] = "CARRIAGE RETURN",
        ['\u2026'] = "HORIZONTAL ELLIPSIS",
        ['.'] = "FULL STOP",
    };

    /// <summary>The groups of characters that look alike; a quote typed with one where the article has another is a common slip.</summary>
    private static readonly string[] LookAlikes =
    [
        "'`\u00B4\u2018\u2019\u201A\u201B\u02BC\u2032",
        "\"\u201C\u201D\u201E\u00AB\u00BB",
        "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212",
        " \u00A0\u2009\u202F\t\n\r",
    ];

    /// <summary><c>’ (U+2019 RIGHT SINGLE QUOTATION MARK)</c>; an invisible character is shown by its code point alone.</summary>
    public static string Describe(char c)
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
        var name = Names.TryGetValue(c, out var known) ? $"{code} {known}" : code;
        return char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format ? $"({name})" : $"{c} ({name})";
    }

    /// <summary>Whether two different characters are easily mistaken for each other (two quote marks, two dashes, two spaces).</summary>
    public static bool LookAlike(char a, char b) => a != b && LookAlikes.Any(g => g.Contains(a, StringComparison.Ordinal) && g.Contains(b, StringComparison.Ordinal));
}
