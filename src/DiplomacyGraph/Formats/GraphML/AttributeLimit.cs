using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.GraphML;

/// <summary>
/// Caps the attributes of any one element before the XML reader sees the text: a GraphML element needs a handful
/// (<c>id</c>, <c>source</c>, <c>target</c>, <c>key</c>, <c>for</c>, <c>attr.name</c>, <c>attr.type</c>…), and the
/// reader's work on one element with millions of attributes is out of all proportion (two million took 110 s).
/// The text is scanned as it streams by, counting quoted values per start tag and skipping comments, CDATA,
/// processing instructions and declarations; it costs one pass and no buffer. The same scan caps each run of one kind
/// (a text, an attribute value, a tag, a comment…) at <see cref="GraphReaderOptions.MaxScalarLength"/> characters,
/// since the XML reader builds each value whole.
/// </summary>
internal sealed class AttributeLimit(TextReader inner, string name, GraphReaderOptions options) : PassThroughReader(inner)
{
    /// <summary>The most attributes one element may have.</summary>
    public const int MaxAttributes = 256;

    private State state;
    private char quote;
    private char previous;
    private char beforePrevious;
    private int count;
    private int line = 1;
    private int column;
    private bool afterCr;
    private (int Line, int Column) tag;
    private long run; // Characters since the state last changed.
    private (int Line, int Column) runStart = (1, 1);

    private enum State
    {
        Text,
        Open,
        Bang,
        Tag,
        Quoted,
        EndTag,
        Comment,
        CData,
        Instruction,
        Declaration,
    }

    protected override void Saw(Span<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Inside a text or an attribute value nothing matters until its end or a line break: skip there at once
            // (a data value is most of a GraphML file, and one character at a time was a tenth of a load).
            var plain = state switch
            {
                State.Text => text[i..].IndexOfAny('<', '\r', '\n'),
                State.Quoted => text[i..].IndexOfAny(quote, '\r', '\n'),
                _ => 0,
            };
            var n = plain < 0 ? text.Length - i : plain;
            if (n > 0)
            {
                if ((run += n) > options.MaxScalarLength)
                {
                    throw ReaderLimits.ScalarTooLong("A GraphML text, attribute value, tag or comment", new FilePosition(name, runStart.Line, Math.Max(1, runStart.Column)), options);
                }

                column += n;
                afterCr = false;
                (beforePrevious, previous) = (n > 1 ? text[i + n - 2] : previous, text[i + n - 1]);
                i += n;
                continue;
            }

            var c = text[i++];
            Advance(c);
            Scan(c);
            (beforePrevious, previous) = (previous, c);
        }
    }

    private void Scan(char c)
    {
        var before = state;
        Step(c);
        if (state != before)
        {
            run = 0;
            runStart = (line, state == State.Text ? column + 1 : column); // A text starts after the '>' that ends its tag.
        }
        else if (++run > options.MaxScalarLength)
        {
            throw ReaderLimits.ScalarTooLong("A GraphML text, attribute value, tag or comment", new FilePosition(name, runStart.Line, Math.Max(1, runStart.Column)), options);
        }
    }

    private void Step(char c)
    {
        switch (state)
        {
            case State.Text when c == '<':
                state = State.Open;
                tag = (line, column);
                break;
            case State.Open:
                (state, count) = c switch
                {
                    '!' => (State.Bang, 0),
                    '?' => (State.Instruction, 0),
                    '/' => (State.EndTag, 0),
                    _ => (State.Tag, 0),
                };
                break;
            case State.Bang:
                state = c switch
                {
                    '-' => State.Comment,
                    '[' => State.CData,
                    _ => State.Declaration,
                };
                break;
            case State.Tag when c is '"' or '\'':
                quote = c;
                state = State.Quoted;
                if (++count > MaxAttributes)
                {
                    throw new GraphFormatException(new GraphError(
                        $"An element holds more than {MaxAttributes} attributes; GraphML needs a handful.", new FilePosition(name, tag.Line, tag.Column)));
                }

                break;
            case State.Tag or State.EndTag or State.Declaration when c == '>':
            case State.Comment when c == '>' && previous == '-' && beforePrevious == '-':
            case State.CData when c == '>' && previous == ']' && beforePrevious == ']':
            case State.Instruction when c == '>' && previous == '?':
                state = State.Text;
                break;
            case State.Quoted when c == quote:
                state = State.Tag;
                break;
        }
    }

    private void Advance(char c)
    {
        var crlf = c == '\n' && afterCr;
        afterCr = c == '\r';
        if (c is '\n' or '\r')
        {
            line += crlf ? 0 : 1;
            column = 0;
        }
        else
        {
            column++;
        }
    }
}
