using System.Globalization;

namespace DiplomacyGraph.Formats;

/// <summary>What a writer writes, as a string: how every format's <c>WriteToString</c> is made.</summary>
internal static class WrittenText
{
    /// <summary>Runs <paramref name="write"/> into a string (invariant culture).</summary>
    public static string Of(Action<TextWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(text);
        return text.ToString();
    }
}
