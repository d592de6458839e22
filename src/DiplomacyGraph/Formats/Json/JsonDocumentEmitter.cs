using DiplomacyGraph.Formats.Document;
using Newtonsoft.Json;

namespace DiplomacyGraph.Formats.Json;

/// <summary>Writes a <see cref="DocNode"/> tree as indented JSON.</summary>
internal static class JsonDocumentEmitter
{
    public static void Emit(DocNode root, TextWriter writer)
    {
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        Node(json, root);
        json.Flush();
    }

    private static void Node(JsonTextWriter json, DocNode node)
    {
        switch (node)
        {
            case DocScalar { Kind: ScalarKind.Boolean } flag:
                json.WriteValue(flag.Value == "true");
                break;
            case DocScalar { Kind: ScalarKind.Integer } number:
                json.WriteRawValue(number.Value);
                break;
            case DocScalar scalar:
                json.WriteValue(scalar.Value);
                break;
            case DocSequence sequence:
                json.WriteStartArray();
                sequence.Items.ForEach(item => Node(json, item));
                json.WriteEndArray();
                break;
            case DocMapping mapping:
                json.WriteStartObject();
                foreach (var (key, value) in mapping.Entries)
                {
                    json.WritePropertyName(key.Value);
                    Node(json, value);
                }

                json.WriteEndObject();
                break;
        }
    }
}
