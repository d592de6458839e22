using System.Globalization;
using System.Text;

namespace DiplomacyGraph.Formats.Yaml;

/// <summary>A value written as a YAML double-quoted scalar, safe anywhere (in a flow mapping too) and read back exactly.</summary>
internal static class YamlScalar
{
    /// <summary><c>"Pakistan’s \"stable\" neighbour"</c>: backslash, double quote, line breaks and control characters escaped.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>A quote citation as one YAML flow mapping: <c>{ source: id, quote: "…" }</c>.</summary>
    public static string Citation(string sourceId, string quote) => $"{{ source: {sourceId}, quote: {Quote(quote)} }}";
}
