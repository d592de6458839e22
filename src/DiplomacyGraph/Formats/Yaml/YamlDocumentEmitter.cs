using DiplomacyGraph.Formats.Document;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DiplomacyGraph.Formats.Yaml;

/// <summary>Writes a <see cref="DocumentNode"/> tree as YAML, double-quoting any value a YAML reader could take for null or read back changed.</summary>
internal static class YamlDocumentEmitter
{
    /// <summary>
    /// YAML indicators. Inside <c>[…]</c> or <c>{…}</c> YamlDotNet may leave a value holding them plain, and its
    /// reader then splits it differently (<c>{unknown  *a: x}</c> read back as one key); such values are double-quoted.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> FlowIndicators = System.Buffers.SearchValues.Create(",[]{}:#*&!|>'\"%@`?");

    private static bool NullLike(string value) => value is "" or "~" || value.Equals("null", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when YamlDotNet could write the value so that a reader gets it back changed: raw line breaks other
    /// than <c>\n</c> (readers normalize them), control characters and U+FEFF (left raw in block scalars),
    /// leading or trailing whitespace (a trailing tab may stay plain and be trimmed). Double quotes escape them all.
    /// Each case was found by the round-trip property test.
    /// </summary>
    private static bool Fragile(string value)
    {
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            return true;
        }

        foreach (var c in value)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\t')) || c is '\u2028' or '\u2029' or '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }

    public static void Emit(DocumentNode root, TextWriter writer)
    {
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Node(emitter, root, inFlow: false);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    private static void Node(IEmitter emitter, DocumentNode node, bool inFlow)
    {
        switch (node)
        {
            case DocumentScalar scalar:
                var quoted = NullLike(scalar.Value) || Fragile(scalar.Value) || (inFlow && scalar.Value.AsSpan().IndexOfAny(FlowIndicators) >= 0);
                emitter.Emit(new Scalar(null, null, scalar.Value, quoted ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));
                break;
            case DocumentSequence sequence:
                emitter.Emit(new SequenceStart(null, null, true, sequence.Flow ? SequenceStyle.Flow : SequenceStyle.Block));
                sequence.Items.ForEach(item => Node(emitter, item, inFlow || sequence.Flow));
                emitter.Emit(new SequenceEnd());
                break;
            case DocumentMapping mapping:
                emitter.Emit(new MappingStart(null, null, true, mapping.Flow ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in mapping.Entries)
                {
                    Node(emitter, key, inFlow || mapping.Flow);
                    Node(emitter, value, inFlow || mapping.Flow);
                }

                emitter.Emit(new MappingEnd());
                break;
        }
    }
}
