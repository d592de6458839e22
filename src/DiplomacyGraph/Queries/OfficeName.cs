using System.Collections.Frozen;

namespace DiplomacyGraph.Queries;

/// <summary>
/// The normalised name of an office, so that <c>acting Foreign Minister</c>, <c>Interim Foreign Minister</c>, <c>FM</c> and
/// <c>Minister of Foreign Affairs</c> are one office, and <c>Deputy PM</c> is <c>Deputy Prime Minister</c>.
/// </summary>
/// <remarks>
/// <para>Steps, on the <see cref="NameKey"/> (case, accents and punctuation ignored):</para>
/// <list type="number">
/// <item>Abbreviations are spelled out: <c>PM</c> → prime minister, <c>DPM</c> → deputy prime minister, <c>FM</c> → foreign
/// minister, <c>FO</c> → foreign office, <c>spokesman</c>/<c>spokeswoman</c> → spokesperson, <c>SRA</c> → special representative
/// on afghanistan.</item>
/// <item>Qualifiers that say how an office is held, not which office it is, are dropped: <c>acting</c>, <c>interim</c>,
/// <c>caretaker</c>, <c>provisional</c>. <c>Deputy</c>, <c>vice</c> and <c>assistant</c> are kept: a Deputy Prime Minister is not
/// the Prime Minister.</item>
/// <item><c>minister of foreign affairs</c> and <c>foreign affairs minister</c> become foreign minister (likewise interior,
/// commerce, defence); <c>for</c> after <c>representative</c> becomes <c>on</c>.</item>
/// </list>
/// </remarks>
internal static class OfficeName
{
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pm"] = "prime minister",
        ["dpm"] = "deputy prime minister",
        ["fm"] = "foreign minister",
        ["fo"] = "foreign office",
        ["spokesman"] = "spokesperson",
        ["spokeswoman"] = "spokesperson",
        ["sra"] = "special representative on afghanistan",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Qualifiers = FrozenSet.ToFrozenSet(["acting", "interim", "caretaker", "provisional"], StringComparer.Ordinal);

    private static readonly string[] Portfolios = ["foreign", "interior", "commerce", "defence", "defense", "finance"];

    /// <summary>The words that qualify how an office is held and are ignored when offices are compared.</summary>
    public static IReadOnlyCollection<string> IgnoredQualifiers => Qualifiers;

    /// <summary>Normalises an office name: abbreviations spelled out, <c>acting</c>/<c>interim</c>/<c>caretaker</c>/<c>provisional</c> dropped.</summary>
    /// <example><code>OfficeName.Normalize("acting Foreign Minister") == OfficeName.Normalize("FM"); // true: "foreign minister"</code></example>
    public static string Normalize(string office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var words = NameKey.Normalize(office).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => Abbreviations.TryGetValue(w, out var full) ? full.Split(' ') : [w])
            .Where(w => !Qualifiers.Contains(w))
            .ToList();
        var text = string.Join(' ', words);
        foreach (var portfolio in Portfolios)
        {
            text = text.Replace($"minister of {portfolio} affairs", $"{portfolio} minister", StringComparison.Ordinal)
                .Replace($"minister of {portfolio}", $"{portfolio} minister", StringComparison.Ordinal)
                .Replace($"{portfolio} affairs minister", $"{portfolio} minister", StringComparison.Ordinal);
        }

        return text.Replace("representative for ", "representative on ", StringComparison.Ordinal);
    }

    /// <summary>True when two office names normalise to the same office.</summary>
    public static bool AreSame(string a, string b) => Normalize(a) == Normalize(b);
}
