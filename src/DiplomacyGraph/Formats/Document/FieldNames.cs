using System.Collections.Frozen;

namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// The dataset's field names as one shared string each, so that what is kept per element (its field locations) holds
/// no copy of a key the parser made for it. A name outside the schema (an attribute, a typo) is kept as it came.
/// </summary>
internal static class FieldNames
{
    private static readonly FrozenDictionary<string, string> Known = new[]
    {
        "format", "version", "relationTypes", "sources", "entities", "relations", "name", "directed", "from", "to",
        "description", "id", "title", "file", "outlet", "author", "published", "kind", "aliases", "attributes",
        "citations", "time", "status", "topics", "type", "role", "assertion", "claimedBy", "source", "quote",
        "url", "retrieved", "language", "act", "speech", "basis", "note", "dataset", "record",
    }.ToFrozenDictionary(n => n, StringComparer.Ordinal);

    public static string Shared(string name) => Known.GetValueOrDefault(name, name);
}
