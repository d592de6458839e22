using System.Collections.Frozen;
using System.Globalization;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// The CAMEO event codebook (Schrodt et al.): every code from the 20 roots (<c>01</c> … <c>20</c>) to their four-digit
/// sub-codes, with its description and Goldstein score (−10 … +10). Embedded in the library; the event readers take
/// descriptions from it. Codes are text: leading zeros matter (<c>040</c> is not <c>40</c>).
/// </summary>
public static class CameoCodebook
{
    private static readonly Lazy<FrozenDictionary<string, (string Description, double Goldstein)>> Codes = new(Read);

    /// <summary>How many codes the codebook holds.</summary>
    public static int Count => Codes.Value.Count;

    /// <summary>The description of a code (<c>036</c> → "Express intent to meet or negotiate"), or <see langword="null"/> when it is not in the codebook.</summary>
    /// <param name="code">The code, two to four digits.</param>
    public static string? Description(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Codes.Value.TryGetValue(code, out var entry) ? entry.Description : null;
    }

    /// <summary>The Goldstein score of a code, or <see langword="null"/> when it is not in the codebook.</summary>
    /// <param name="code">The code, two to four digits.</param>
    public static double? GoldsteinScale(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Codes.Value.TryGetValue(code, out var entry) ? entry.Goldstein : null;
    }

    /// <summary>
    /// The QuadClass of a code, from its root as GDELT defines it: 1 verbal cooperation (01–05), 2 material cooperation
    /// (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20); <see langword="null"/> for a malformed code.
    /// </summary>
    /// <param name="code">The code, two to four digits.</param>
    public static int? QuadClass(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length < 2 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1]))
        {
            return null;
        }

        return (((code[0] - '0') * 10) + (code[1] - '0')) switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 8 => 2,
            >= 9 and <= 13 => 3,
            >= 14 and <= 20 => 4,
            _ => null,
        };
    }

    private static FrozenDictionary<string, (string, double)> Read()
    {
        using var stream = typeof(CameoCodebook).Assembly.GetManifestResourceStream("events/cameo-event-codes.tsv")
            ?? throw new InvalidOperationException("The CAMEO codebook is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var codes = new Dictionary<string, (string, double)>(StringComparer.Ordinal);
        reader.ReadLine(); // The header.
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length >= 3 && fields[0].Trim() is { Length: > 0 } code)
            {
                codes[code] = (Sentence(fields[1].Trim()), double.Parse(fields[2], CultureInfo.InvariantCulture));
            }
        }

        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The root codes' descriptions are in capitals ("MAKE PUBLIC STATEMENT"); written as the others are.</summary>
    private static string Sentence(string text) =>
        text.Any(char.IsLower) ? text : string.Concat(text[..1], text[1..].ToLowerInvariant());
}
