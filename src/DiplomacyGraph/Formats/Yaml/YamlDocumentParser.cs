using DiplomacyGraph.Formats.Document;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DiplomacyGraph.Formats.Yaml;

/// <summary>
/// Parses YAML text into a <see cref="DocNode"/> tree from YamlDotNet's event stream: one document,
/// every scalar as text, no tags, no aliases, duplicate keys rejected, nesting bounded.
/// Nothing in the input can make it instantiate a type or read another file.
/// </summary>
internal static class YamlDocumentParser
{
    public static DocNode Parse(string text, string name, GraphReaderOptions options)
    {
        DocLimits.CheckSize(text.Length, name, options);
        try
        {
            var parser = new GuardedParser(new Parser(new StringReader(text)));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return new DocScalar(string.Empty, new TextLocation(name, 1, 1));
            }

            parser.Consume<DocumentStart>();
            var root = Node(parser, name, options, 1);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                throw Error("A dataset file holds one YAML document; found a second ('---').", parser.Current!.Start, name);
            }

            return root;
        }
        catch (YamlException e)
        {
            throw new GraphFormatException(new GraphError($"Invalid YAML: {e.Message}", At(e.Start, name)), e);
        }
    }

    private static DocNode Node(IParser parser, string name, GraphReaderOptions options, int depth)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of the document.");
        DocLimits.CheckDepth(depth, At(current.Start, name), options);
        switch (current)
        {
            case AnchorAlias alias:
                throw Error($"Aliases (*{alias.Value}) are not supported: write the value out.", alias.Start, name);
            case NodeEvent { Tag.IsEmpty: false, Tag.IsNonSpecific: false } tagged:
                throw Error($"YAML tags ({tagged.Tag}) are not supported: every value is read as text.", tagged.Start, name);
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            return new DocScalar(isNull ? string.Empty : scalar.Value, At(scalar.Start, name));
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<DocNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(Node(parser, name, options, depth + 1));
            }

            return new DocSequence(items, At(sequenceStart.Start, name));
        }

        var mappingStart = parser.Consume<MappingStart>();
        var entries = new List<KeyValuePair<DocScalar, DocNode>>();
        HashSet<string>? keys = null;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (Node(parser, name, options, depth + 1) is not DocScalar key)
            {
                throw Error("A mapping key must be a plain value.", mappingStart.Start, name);
            }

            if (DocKeys.IsDuplicate(entries, key.Value, ref keys))
            {
                throw new GraphFormatException(new GraphError($"Duplicate key '{key.Value}' in the same mapping.", key.Location, key.Value));
            }

            entries.Add(new(key, Node(parser, name, options, depth + 1)));
        }

        return new DocMapping(entries, At(mappingStart.Start, name));
    }

    private static TextLocation At(Mark mark, string name) => new(name, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static GraphFormatException Error(string message, Mark at, string name) => new(new GraphError(message, At(at, name)));
}
