using System.Globalization;

namespace DiplomacyGraph.Model;

/// <summary>The one text form of a day everywhere in the library and the CLI: ISO 8601 <c>yyyy-MM-dd</c>, culture-invariant.</summary>
internal static class IsoDay
{
    /// <summary>The pattern, for readers that name their date format.</summary>
    public const string Pattern = "yyyy-MM-dd";

    /// <summary>The day as <c>2025-04-19</c>.</summary>
    public static string Format(DateOnly day) => day.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Reads a day written exactly as <see cref="Format"/> writes it.</summary>
    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
