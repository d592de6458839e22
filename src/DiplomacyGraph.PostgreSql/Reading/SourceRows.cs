using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Schema;

namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>Reads a source from <c>id, title, file, url, outlet, author, language, published_text, retrieved_text</c>.</summary>
internal static class SourceRows
{
    public static Source Read(Row r) => new()
    {
        Id = r.String(0),
        Title = r.String(1),
        File = r.NullableString(2),
        Outlet = r.NullableString(4),
        Author = r.NullableString(5),
        Published = TimeColumn.Parse(r.String(7)),
        Url = r.NullableString(3),
        Language = r.NullableString(6),
        Retrieved = TimeColumn.Parse(r.String(8)),
    };
}
