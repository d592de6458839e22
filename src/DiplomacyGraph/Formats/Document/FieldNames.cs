using System.Collections.Frozen;

namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// The dataset's field names as one shared string each, so that what is kept per element (its field locations) holds
/// no copy of a key the parser made for it. A name outside the schema (an attribute, a typo) is kept as it came.
/// </summary>
internal static class FieldNames
{
    private static readonly string[] Names =
    [
        "format", "version", "relationTypes", "sources", "entities", "relations", "name", "directed", "from", "to",
        "description", "id", "title", "file", "outlet", "author", "published", "kind", "aliases", "attributes",
        "citations", "time", "status", "topics", "type", "role", "assertion", "claimedBy", "source", "quote",
        "url", "retrieved", "language", "act", "speech", "basis", "note", "dataset", "record",
    ];

    private static readonly FrozenDictionary<string, int> Ids = Names.Select((n, i) => (n, i)).ToFrozenDictionary(p => p.n, p => p.i, StringComparer.Ordinal);

    /// <summary>How many names the schema has: ids at or above it are not the schema's.</summary>
    public static int Count => Names.Length;

    /// <summary>The schema name's number, or -1 for a name outside the schema.</summary>
    public static int Id(string name) => Ids.TryGetValue(name, out var id) ? id : -1;

    /// <summary>The schema name numbered <paramref name="id"/>.</summary>
    public static string Name(int id) => Names[id];
}
