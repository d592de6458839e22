namespace DiplomacyGraph.Formats.Document;

/// <summary>Enum names as written in datasets: the member name, matched case-insensitively.</summary>
internal static class EnumText
{
    public static bool TryParse<TEnum>(string text, out TEnum value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
        where TEnum : struct, Enum
    {
        if (!text.Any(char.IsDigit) && System.Enum.TryParse(text, ignoreCase: true, out value) && System.Enum.IsDefined(value))
        {
            error = null;
            return true;
        }

        var names = System.Enum.GetNames<TEnum>();
        error = $"'{text}' is not a {typeof(TEnum).Name}: expected {string.Join(", ", names[..^1])} or {names[^1]}.";
        value = default;
        return false;
    }
}
