using System.Globalization;
using DiplomacyGraph.Formats.Document;
using Newtonsoft.Json;

namespace DiplomacyGraph.Formats.Json;

/// <summary>
/// Newtonsoft's <see cref="JsonTextReader"/> tokens as <see cref="DocumentEvents"/>: no type names, no date guessing,
/// every value kept as text (a number as written), comments skipped. The text is checked on its way in by
/// <see cref="StrictJsonText"/>, so exactly RFC 8259 plus comments is read.
/// </summary>
internal sealed class JsonEvents : DocumentEvents
{
    private readonly JsonTextReader reader;
    private readonly StrictJsonText strict;
    private int depth;
    private JsonToken unsupported;

    public JsonEvents(TextReader text, string name, GraphReaderOptions options)
        : base(name)
    {
        strict = new StrictJsonText(text, name, options);
        reader = new JsonTextReader(strict)
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = options.MaxDepth + 1, // A backstop: the mapping reports the limit first, in the same words as YAML.
            // Equal property names share one string instead of one per occurrence (millions in a large file).
            PropertyNameTable = new DefaultJsonNameTable(),
        };
    }

    public override string MappingWord => "object";

    public JsonTextReader Reader => reader;

    public override bool Begin()
    {
        if (!Read())
        {
            return false;
        }

        Take();
        return true;
    }

    public override void Next()
    {
        if (!Read())
        {
            if (depth > 0)
            {
                throw new JsonReaderException("The JSON document ends too early.", reader.Path, reader.LineNumber, reader.LinePosition, null);
            }

            Event = DocumentEvent.DocumentEnd;
            return;
        }

        Take();
    }

    public override void End()
    {
        if (Event != DocumentEvent.DocumentEnd)
        {
            throw Error("Unexpected content after the JSON document.");
        }
    }

    public override void CheckNode()
    {
        if (unsupported != JsonToken.None)
        {
            throw Error($"Unexpected JSON token {unsupported}.");
        }
    }

    public override GraphFormatException? SyntaxError(Exception e)
    {
        if (e is not JsonException json)
        {
            return null;
        }

        var at = json is JsonReaderException r ? new FilePosition(Name, Math.Max(1, r.LineNumber), Math.Max(1, r.LinePosition)) : new FilePosition(Name, Math.Max(1, reader.LineNumber), Math.Max(1, reader.LinePosition));
        return new GraphFormatException(new GraphError($"Invalid JSON: {json.Message}", at), json);
    }

    private void Take()
    {
        Line = Math.Max(1, reader.LineNumber);
        Column = Math.Max(1, reader.LinePosition);
        unsupported = JsonToken.None;
        switch (reader.TokenType)
        {
            case JsonToken.StartObject:
                depth++;
                Event = DocumentEvent.MappingStart;
                break;
            case JsonToken.EndObject:
                depth--;
                Event = DocumentEvent.MappingEnd;
                break;
            case JsonToken.StartArray:
                depth++;
                Event = DocumentEvent.SequenceStart;
                break;
            case JsonToken.EndArray:
                depth--;
                Event = DocumentEvent.SequenceEnd;
                break;
            case JsonToken.PropertyName or JsonToken.String:
                Event = DocumentEvent.Scalar;
                Value = (string)reader.Value!;
                break;
            case JsonToken.Null or JsonToken.Undefined:
                Event = DocumentEvent.Scalar;
                Value = string.Empty;
                break;
            case JsonToken.Boolean:
                Event = DocumentEvent.Scalar;
                Value = (bool)reader.Value! ? "true" : "false";
                break;
            case JsonToken.Integer or JsonToken.Float:
                Event = DocumentEvent.Scalar;
                Value = strict.Numbers.TryDequeue(out var written) ? written : Convert.ToString(reader.Value, CultureInfo.InvariantCulture) ?? string.Empty;
                break;
            default:
                Event = DocumentEvent.Scalar;
                Value = string.Empty;
                unsupported = reader.TokenType;
                break;
        }
    }

    /// <summary>
    /// Reads one token, skipping comments. Newtonsoft throws <see cref="OverflowException"/> (not a
    /// <see cref="JsonReaderException"/>) for some huge decimals such as <c>99999999999999999999999999999.6</c>
    /// (found by fuzzing); any such failure of the reader is a syntax error at the position it reached.
    /// </summary>
    private bool Read()
    {
        try
        {
            do
            {
                if (!reader.Read())
                {
                    return false;
                }
            }
            while (reader.TokenType == JsonToken.Comment);
            return true;
        }
        catch (Exception e) when (e is not (JsonException or GraphFormatException or OutOfMemoryException))
        {
            throw new JsonReaderException($"The JSON reader could not read this value: {e.Message}", reader.Path, reader.LineNumber, reader.LinePosition, e);
        }
    }
}
