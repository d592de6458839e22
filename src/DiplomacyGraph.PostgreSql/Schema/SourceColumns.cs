using DiplomacyGraph.Model;

namespace DiplomacyGraph.PostgreSql.Schema;

/// <summary>The source metadata columns beyond title, file, outlet, author and published.</summary>
internal static class SourceColumns
{
    public static string? Url(Source source) => source.Url;

    public static string? Language(Source source) => source.Language;

    public static DateRange Retrieved(Source source) => source.Retrieved;
}
