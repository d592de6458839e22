namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Reads one node from a <see cref="DocumentEvents"/> stream into a small <see cref="DocumentNode"/> tree: one element of a
/// section (an entity, a relation) with its locations, never a whole document. The per-node rules of every syntax
/// live here: nesting bounded, keys plain values, no duplicate keys.
/// </summary>
internal static class ElementBuffer
{
    /// <summary>Reads the node the stream is on and moves past it.</summary>
    public static DocumentNode Read(DocumentEvents events, int depth, GraphReaderOptions options)
    {
        Enter(events, depth, options);
        var (line, column) = (events.Line, events.Column);
        switch (events.Event)
        {
            case DocumentEvent.Scalar:
                var scalar = new DocumentScalar(events.Value, events.Name, line, column);
                events.Next();
                return scalar;
            case DocumentEvent.SequenceStart:
                var items = new List<DocumentNode>();
                events.Next();
                while (events.Event != DocumentEvent.SequenceEnd)
                {
                    items.Add(Read(events, depth + 1, options));
                }

                events.Next();
                return new DocumentSequence(items, events.Name, line, column);
            case DocumentEvent.MappingStart:
                var entries = new List<KeyValuePair<DocumentScalar, DocumentNode>>(12);
                HashSet<string>? keys = null;
                events.Next();
                while (events.Event != DocumentEvent.MappingEnd)
                {
                    var key = Key(events, depth + 1, options, line, column);
                    if (DuplicateKeys.IsDuplicate(entries, key.Value, ref keys))
                    {
                        throw Duplicate(events, key);
                    }

                    entries.Add(new(key, Read(events, depth + 1, options)));
                }

                events.Next();
                return new DocumentMapping(entries, events.Name, line, column);
            default:
                throw events.Error("The document ends too early.");
        }
    }

    /// <summary>Checks the depth and the syntax's own refusals at a node's first event.</summary>
    public static void Enter(DocumentEvents events, int depth, GraphReaderOptions options)
    {
        if (depth > options.MaxDepth)
        {
            ReaderLimits.CheckDepth(depth, events.Location, options);
        }

        events.CheckNode();
    }

    /// <summary>Reads a mapping key: a plain value (an error at the mapping's start otherwise).</summary>
    public static DocumentScalar Key(DocumentEvents events, int depth, GraphReaderOptions options, int mappingLine, int mappingColumn) =>
        Read(events, depth, options) as DocumentScalar
            ?? throw new GraphFormatException(new GraphError("A mapping key must be a plain value.", new FilePosition(events.Name, mappingLine, mappingColumn)));

    public static GraphFormatException Duplicate(DocumentEvents events, DocumentScalar key) =>
        new(new GraphError($"Duplicate key '{key.Value}' in the same {events.MappingWord}.", key.Location, key.Value));
}
