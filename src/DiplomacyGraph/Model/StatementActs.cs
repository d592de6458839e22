using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>The CAMEO codes of each <see cref="StatementAct"/> (the table on <see cref="StatementAct"/> and in docs/yaml-format.md).</summary>
/// <example><code>
/// StatementActs.FromCameo("036");  // StatementAct.Agree   (root 03)
/// StatementActs.FromCameo("0571"); // StatementAct.Agree   (057, sign formal agreement)
/// StatementActs.FromCameo("0874"); // StatementAct.Retreat (087)
/// StatementActs.FromCameo("19");   // StatementAct.Assault
/// </code></example>
public static class StatementActs
{
    // Index i holds the act of CAMEO root i+1 ("01" … "20").
    private static readonly StatementAct[] ByRoot =
    [
        StatementAct.Comment, StatementAct.Request, StatementAct.Agree, StatementAct.Consult, StatementAct.Support,
        StatementAct.Cooperate, StatementAct.Aid, StatementAct.Concede, StatementAct.Accuse, StatementAct.Request,
        StatementAct.Accuse, StatementAct.Reject, StatementAct.Threaten, StatementAct.Protest, StatementAct.Mobilize,
        StatementAct.Sanction, StatementAct.Coerce, StatementAct.Assault, StatementAct.Assault, StatementAct.Assault,
    ];

    /// <summary>The CAMEO codes an act stands for: two-digit roots, and the three-digit codes that move between roots (057, 087).</summary>
    public static ImmutableArray<string> CameoCodes(StatementAct act) => act switch
    {
        StatementAct.Agree => ["03", "057"],
        StatementAct.Retreat => ["087"],
        _ => [.. ByRoot.Select((a, i) => (a, Code: (i + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture))).Where(x => x.a == act).Select(x => x.Code)],
    };

    /// <summary>The act of a CAMEO event code: <c>01</c>–<c>20</c>, or a longer code (<c>036</c>, <c>0311</c>) under one of those roots.</summary>
    /// <exception cref="FormatException">The text is not a CAMEO event code.</exception>
    public static StatementAct FromCameo(string code) =>
        TryFromCameo(code, out var act) ? act : throw new FormatException($"'{code}' is not a CAMEO event code (two to four digits under a root 01 to 20).");

    /// <summary>The act of a CAMEO event code, without throwing; false when the text is not such a code.</summary>
    public static bool TryFromCameo(string? code, out StatementAct act)
    {
        act = StatementAct.Comment;
        var text = code?.Trim() ?? string.Empty;
        if (text.Length is < 2 or > 4 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var root = ((text[0] - '0') * 10) + (text[1] - '0');
        if (root is < 1 or > 20)
        {
            return false;
        }

        act = text.StartsWith("057", StringComparison.Ordinal) ? StatementAct.Agree
            : text.StartsWith("087", StringComparison.Ordinal) ? StatementAct.Retreat
            : ByRoot[root - 1];
        return true;
    }
}
