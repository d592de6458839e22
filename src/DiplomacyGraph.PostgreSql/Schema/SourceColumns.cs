using DiplomacyGraph.Model;

namespace DiplomacyGraph.PostgreSql.Schema;

/// <summary>The source metadata columns the model may not carry yet (url, language, retrieved).</summary>
internal static class SourceColumns
{
    public static string? Url(Source source) => null;

    public static string? Language(Source source) => null;

    public static DateRange Retrieved(Source source) => DateRange.Unknown;
}
