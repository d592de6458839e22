using System.Globalization;
using DiplomacyGraph.Formats.Document;
using Newtonsoft.Json;

namespace DiplomacyGraph.Formats.Json;

/// <summary>
/// Parses JSON text into a <see cref="DocNode"/> tree with Newtonsoft's reader: no type names, no date
/// guessing, bounded depth, duplicate keys rejected, every value kept as text.
/// </summary>
internal static class JsonDocumentParser
{

    public static DocNode Parse(string text, string name, GraphReaderOptions options)
    {
        DocLimits.CheckSize(text.Length, name, options);
        using var reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = options.MaxDepth + 1, // A backstop: Node reports the limit first, in the same words as YAML.
            // Equal property names share one string instead of one per occurrence (millions in a large file).
            PropertyNameTable = new DefaultJsonNameTable(),
        };
        try
        {
            if (!Read(reader))
            {
                return new DocScalar(string.Empty, new TextLocation(name, 1, 1));
            }

            var root = Node(reader, name, options, 1);
            if (Read(reader) && reader.TokenType != JsonToken.Comment)
            {
                throw new GraphFormatException(new GraphError("Unexpected content after the JSON document.", At(reader, name)));
            }

            return root;
        }
        catch (JsonException e)
        {
            var at = e is JsonReaderException r ? new TextLocation(name, Math.Max(1, r.LineNumber), Math.Max(1, r.LinePosition)) : At(reader, name);
            throw new GraphFormatException(new GraphError($"Invalid JSON: {e.Message}", at), e);
        }
    }

    private static DocNode Node(JsonTextReader reader, string name, GraphReaderOptions options, int depth)
    {
        var at = At(reader, name);
        DocLimits.CheckDepth(depth, at, options);
        switch (reader.TokenType)
        {
            case JsonToken.StartObject:
                var entries = new List<KeyValuePair<DocScalar, DocNode>>();
                HashSet<string>? keys = null;
                while (Next(reader) != JsonToken.EndObject)
                {
                    var key = new DocScalar((string)reader.Value!, At(reader, name));
                    if (DocKeys.IsDuplicate(entries, key.Value, ref keys))
                    {
                        throw new GraphFormatException(new GraphError($"Duplicate key '{key.Value}' in the same object.", key.Location, key.Value));
                    }

                    Next(reader);
                    entries.Add(new(key, Node(reader, name, options, depth + 1)));
                }

                return new DocMapping(entries, at);
            case JsonToken.StartArray:
                var items = new List<DocNode>();
                while (Next(reader) != JsonToken.EndArray)
                {
                    items.Add(Node(reader, name, options, depth + 1));
                }

                return new DocSequence(items, at);
            case JsonToken.Null or JsonToken.Undefined:
                return new DocScalar(string.Empty, at);
            case JsonToken.Boolean:
                return new DocScalar((bool)reader.Value! ? "true" : "false", at, ScalarKind.Boolean);
            case JsonToken.String or JsonToken.Integer or JsonToken.Float:
                return new DocScalar(Convert.ToString(reader.Value, CultureInfo.InvariantCulture) ?? string.Empty, at);
            default:
                throw new GraphFormatException(new GraphError($"Unexpected JSON token {reader.TokenType}.", at));
        }
    }

    private static JsonToken Next(JsonTextReader reader)
    {
        do
        {
            if (!Read(reader))
            {
                throw new JsonReaderException("The JSON document ends too early.");
            }
        }
        while (reader.TokenType == JsonToken.Comment);
        return reader.TokenType;
    }

    /// <summary>
    /// Reads one token. Newtonsoft throws <see cref="OverflowException"/> (not a <see cref="JsonReaderException"/>)
    /// for some huge decimals such as <c>99999999999999999999999999999.6</c> (found by fuzzing); any such failure
    /// of the reader is a syntax error at the position it reached.
    /// </summary>
    private static bool Read(JsonTextReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception e) when (e is not (JsonException or OutOfMemoryException))
        {
            throw new JsonReaderException($"The JSON reader could not read this value: {e.Message}", reader.Path, reader.LineNumber, reader.LinePosition, e);
        }
    }

    private static TextLocation At(JsonTextReader reader, string name) => new(name, Math.Max(1, reader.LineNumber), Math.Max(1, reader.LinePosition));
}
