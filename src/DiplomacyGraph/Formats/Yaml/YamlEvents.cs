using DiplomacyGraph.Formats.Document;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DiplomacyGraph.Formats.Yaml;

/// <summary>
/// YamlDotNet's parser events as <see cref="DocumentEvents"/>: one document, every scalar as text, no tags, no aliases.
/// Nothing in the input can make it instantiate a type or read another file. Lines break at LF and CR only, as in
/// YAML 1.2 (<see cref="YamlLineBreaks"/>).
/// </summary>
internal sealed class YamlEvents : DocumentEvents
{
    private readonly YamlLineBreaks lines;
    private readonly GuardedParser parser;
    private ParsingEvent? current;

    public YamlEvents(TextReader text, string name, GraphReaderOptions options)
        : base(name)
    {
        lines = new YamlLineBreaks(text, name, options);
        parser = new GuardedParser(new Parser(lines));
    }

    public override string MappingWord => "mapping";

    public override bool Begin()
    {
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return false;
        }

        parser.Consume<DocumentStart>();
        Take();
        return true;
    }

    public override void Next()
    {
        parser.MoveNext();
        Take();
    }

    public override void End()
    {
        parser.Consume<DocumentEnd>();
        if (!parser.Accept<StreamEnd>(out _))
        {
            throw Refuse(parser.Current!.Start, $"A dataset file holds one YAML document; found a second ('---').");
        }
    }

    public override void CheckNode()
    {
        switch (current)
        {
            case AnchorAlias alias:
                throw Refuse(alias.Start, $"Aliases (*{alias.Value}) are not supported: write the value out.");
            case NodeEvent { Tag.IsEmpty: false, Tag.IsNonSpecific: false } tagged:
                throw Refuse(tagged.Start, $"YAML tags ({tagged.Tag}) are not supported: every value is read as text.");
        }
    }

    public override GraphFormatException? SyntaxError(Exception e) => e switch
    {
        YamlException yaml when yaml.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && Tab(yaml.Start) is { } tab =>
            new GraphFormatException(new GraphError("A tab indents this line; YAML allows only spaces there: indent with spaces.", new FilePosition(Name, tab.Line, tab.Column)), yaml),
        YamlException yaml => new GraphFormatException(new GraphError($"Invalid YAML: {yaml.Message}", At(yaml.Start, Name)), yaml),
        _ => null,
    };

    /// <summary>The indentation tab a parser's tab error is about: the first read at or after the line it names (it names the line before).</summary>
    private (int Line, int Column)? Tab(Mark near)
    {
        var tabs = lines.IndentTabs;
        return tabs.Count == 0 ? null : tabs.Where(t => t.Line >= near.Line).Select(t => ((int, int)?)t).FirstOrDefault() ?? tabs.Last();
    }

    public static FilePosition At(Mark mark, string name) => new(name, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private void Take()
    {
        current = parser.Current ?? throw new YamlException("Unexpected end of the document.");
        lines.EventRead(current.End);
        Line = (int)Math.Max(1, current.Start.Line);
        Column = (int)Math.Max(1, current.Start.Column);
        switch (current)
        {
            case Scalar scalar:
                Event = DocumentEvent.Scalar;
                var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                Value = isNull ? string.Empty : YamlLineBreaks.Restore(scalar.Value);
                break;
            case MappingStart:
                Event = DocumentEvent.MappingStart;
                break;
            case MappingEnd:
                Event = DocumentEvent.MappingEnd;
                break;
            case SequenceStart:
                Event = DocumentEvent.SequenceStart;
                break;
            case SequenceEnd:
                Event = DocumentEvent.SequenceEnd;
                break;
            case AnchorAlias:
                Event = DocumentEvent.Scalar; // Refused by CheckNode when read as a node.
                Value = string.Empty;
                break;
            case DocumentEnd:
                Event = DocumentEvent.DocumentEnd;
                break;
            default:
                throw Refuse(current.Start, $"Unexpected YAML event {current.GetType().Name}.");
        }
    }

    private GraphFormatException Refuse(Mark mark, string message) => new(new GraphError(message, At(mark, Name)));
}
