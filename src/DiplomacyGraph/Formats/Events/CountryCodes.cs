using System.Collections.Frozen;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// ISO 3166-1 alpha-3 country codes and their English names (an embedded table made from the ISO 3166-1 list as
/// Debian's iso-codes package gives it), for GDELT actor codes, which are CAMEO country codes (ISO alpha-3 for
/// countries), and for a few CAMEO type codes that name what kind of actor a code is.
/// </summary>
internal static class CountryCodes
{
    private static readonly Lazy<FrozenDictionary<string, (string Name, string[] Others)>> Countries = new(Read);

    private static readonly Lazy<FrozenDictionary<string, string>> Codes = new(() =>
        Countries.Value
            .SelectMany(c => c.Value.Others.Prepend(c.Value.Name).Select(n => (Name: n, Code: c.Key)))
            .DistinctBy(c => c.Name)
            .ToFrozenDictionary(c => c.Name, c => c.Code, StringComparer.Ordinal));

    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BUS"] = "business", ["COP"] = "police", ["CRM"] = "criminals", ["CVL"] = "civilians", ["EDU"] = "education",
        ["ELI"] = "elites", ["ENV"] = "environmental groups", ["GOV"] = "government", ["HLH"] = "health", ["HRI"] = "human rights groups",
        ["IGO"] = "intergovernmental organization", ["INS"] = "insurgents", ["JUD"] = "judiciary", ["LAB"] = "labour",
        ["LEG"] = "legislature", ["MED"] = "media", ["MIL"] = "military", ["NGO"] = "non-governmental organization",
        ["OPP"] = "opposition", ["REB"] = "rebels", ["REF"] = "refugees", ["SPY"] = "intelligence", ["UAF"] = "armed forces",
        ["AGR"] = "agriculture", ["MOD"] = "moderates", ["RAD"] = "radicals", ["SEP"] = "separatists", ["SET"] = "settlers",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The country's common English name, or <see langword="null"/> for a code that is not an ISO alpha-3 country.</summary>
    public static string? Name(string code) => Countries.Value.TryGetValue(code, out var entry) ? entry.Name : null;

    /// <summary>The alpha-3 code of a country by its common, ISO or official name, or <see langword="null"/>.</summary>
    public static string? CodeOf(string name) => Codes.Value.GetValueOrDefault(name);

    /// <summary>The country's other names (its ISO name and official name where they differ from the common one).</summary>
    public static IReadOnlyList<string> OtherNames(string code) => Countries.Value.TryGetValue(code, out var entry) ? entry.Others : [];

    /// <summary>A CAMEO actor type code in words (<c>GOV</c> → government), or the code when it is not one of the common ones.</summary>
    public static string Type(string code) => Types.GetValueOrDefault(code, code);

    private static FrozenDictionary<string, (string, string[])> Read()
    {
        using var stream = typeof(CountryCodes).Assembly.GetManifestResourceStream("events/iso3166-countries.tsv")
            ?? throw new InvalidOperationException("The country table is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var countries = new Dictionary<string, (string, string[])>(StringComparer.Ordinal);
        reader.ReadLine(); // The header.
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            countries[fields[0]] = (fields[1], fields.Length > 2 && fields[2].Length > 0 ? fields[2].Split('|') : []);
        }

        return countries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
