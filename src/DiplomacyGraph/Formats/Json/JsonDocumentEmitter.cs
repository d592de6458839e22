using DiplomacyGraph.Formats.Document;
using Newtonsoft.Json;

namespace DiplomacyGraph.Formats.Json;

/// <summary>Writes a <see cref="DocumentNode"/> tree as indented JSON.</summary>
internal static class JsonDocumentEmitter
{
    public static void Emit(DocumentNode root, TextWriter writer)
    {
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        Node(json, root);
        json.Flush();
    }

    private static void Node(JsonTextWriter json, DocumentNode node)
    {
        switch (node)
        {
            case DocumentScalar { Kind: ScalarKind.Boolean } flag:
                json.WriteValue(flag.Value == "true");
                break;
            case DocumentScalar { Kind: ScalarKind.Integer } number:
                json.WriteRawValue(number.Value);
                break;
            case DocumentScalar scalar:
                json.WriteValue(scalar.Value);
                break;
            case DocumentSequence sequence:
                json.WriteStartArray();
                sequence.Items.ForEach(item => Node(json, item));
                json.WriteEndArray();
                break;
            case DocumentMapping mapping:
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
