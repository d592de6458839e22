using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Schema;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>Reads a source from <c>id, title, file, url, outlet, author, language, published_text, retrieved_text</c>.</summary>
internal static class SourceRows
{
    public static Source Read(NpgsqlDataReader r) => new()
    {
        Id = r.GetString(0),
        Title = r.GetString(1),
        File = GraphLoader.Nullable(r, 2),
        Outlet = GraphLoader.Nullable(r, 4),
        Author = GraphLoader.Nullable(r, 5),
        Published = TimeColumn.Parse(r.GetString(7)),
        Url = GraphLoader.Nullable(r, 3),
        Language = GraphLoader.Nullable(r, 6),
        Retrieved = TimeColumn.Parse(r.GetString(8)),
    };
}
