using DiplomacyGraph.Formats.Document;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DiplomacyGraph.Formats.Yaml;

/// <summary>Writes a <see cref="DocNode"/> tree as YAML, quoting any value a YAML reader could take for null.</summary>
internal static class YamlDocumentEmitter
{
    public static void Emit(DocNode root, TextWriter writer)
    {
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Node(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    private static void Node(IEmitter emitter, DocNode node)
    {
        switch (node)
        {
            case DocScalar scalar:
                var nullLike = scalar.Value is "" or "~" || scalar.Value.Equals("null", StringComparison.OrdinalIgnoreCase);
                emitter.Emit(new Scalar(null, null, scalar.Value, nullLike ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));
                break;
            case DocSequence sequence:
                emitter.Emit(new SequenceStart(null, null, true, sequence.Flow ? SequenceStyle.Flow : SequenceStyle.Block));
                sequence.Items.ForEach(item => Node(emitter, item));
                emitter.Emit(new SequenceEnd());
                break;
            case DocMapping mapping:
                emitter.Emit(new MappingStart(null, null, true, mapping.Flow ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in mapping.Entries)
                {
                    Node(emitter, key);
                    Node(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
        }
    }
}
