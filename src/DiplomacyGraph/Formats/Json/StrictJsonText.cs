using DiplomacyGraph.Formats.Document;
using System.Text.RegularExpressions;

namespace DiplomacyGraph.Formats.Json;

/// <summary>
/// The text under Newtonsoft's reader, checked as it streams by against RFC 8259's lexical grammar, because
/// <c>JsonTextReader</c> is lenient: it takes single quotes, unquoted keys, trailing commas, <c>undefined</c>,
/// <c>NaN</c>, hex and octal numbers, raw control characters in strings, and content after a comment that follows the
/// document. Here each of those is a located error. Comments (<c>//</c> and <c>/* */</c>) are the one extension, and are
/// ignored wherever white space may stand, before the root included. The exact text of every number is kept
/// (<see cref="Numbers"/>), so <c>1e0</c> stays "1e0" and no number is rewritten.
/// </summary>
internal sealed partial class StrictJsonText(TextReader inner, string name, GraphReaderOptions options) : PassThroughReader(inner)
{
    private readonly Stack<char> open = new();
    private readonly System.Text.StringBuilder word = new();
    private State state = State.Between;
    private char last; // The last structural character ('{', '[', ',', ':') or 'v' after a value.
    private bool done; // The root value is complete: only white space and comments may follow.
    private int line = 1;
    private int column;
    private bool afterCr;
    private (int Line, int Column) wordStart;
    private (int Line, int Column) scalarStart; // Where the string or comment being read began.
    private long scalarLength;

    private enum State
    {
        Between,
        InString,
        InEscape,
        InWord,
        Slash,
        LineComment,
        BlockComment,
        BlockStar,
    }

    /// <summary>The text of each number, in document order; the reader takes one per number token.</summary>
    public Queue<string> Numbers { get; } = new();

    protected override void Saw(Span<char> text)
    {
        foreach (var c in text)
        {
            Check(c);
        }

        if (text.IsEmpty)
        {
            EndWord();
        }
    }

    private void Check(char c)
    {
        Advance(c);
        switch (state)
        {
            case State.InString or State.InEscape or State.LineComment or State.BlockComment or State.BlockStar when ++scalarLength > options.MaxScalarLength:
                throw ReaderLimits.ScalarTooLong(state is State.InString or State.InEscape ? "A JSON string" : "A comment", new FilePosition(name, scalarStart.Line, Math.Max(1, scalarStart.Column)), options);
            case State.InString:
                if (c == '"')
                {
                    state = State.Between;
                    Value();
                }
                else if (c == '\\')
                {
                    state = State.InEscape;
                }
                else if (c < ' ')
                {
                    throw Error($"A JSON string cannot hold a raw control character (U+{(int)c:X4}); write it escaped, such as \\n or \\u{(int)c:X4}.");
                }

                return;
            case State.InEscape:
                state = State.InString;
                return;
            case State.LineComment:
                state = c is '\n' or '\r' ? State.Between : State.LineComment;
                return;
            case State.BlockComment:
                state = c == '*' ? State.BlockStar : State.BlockComment;
                return;
            case State.BlockStar:
                state = c == '/' ? State.Between : c == '*' ? State.BlockStar : State.BlockComment;
                return;
            case State.Slash:
                state = c switch
                {
                    '/' => State.LineComment,
                    '*' => State.BlockComment,
                    _ => throw Error("A '/' outside a string must start a comment (// or /* */)."),
                };
                return;
            case State.InWord when char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-':
                if (word.Length >= options.MaxScalarLength)
                {
                    throw ReaderLimits.ScalarTooLong("A JSON number or word", new FilePosition(name, wordStart.Line, wordStart.Column), options);
                }

                word.Append(c);
                return;
            case State.InWord:
                EndWord();
                break;
        }

        Between(c);
    }

    private void Between(char c)
    {
        if (c is ' ' or '\t' or '\n' or '\r')
        {
            return;
        }

        if (c == '/')
        {
            state = State.Slash;
            StartScalar();
            return;
        }

        if (done)
        {
            throw Error("Unexpected content after the JSON document.");
        }

        switch (c)
        {
            case '{' or '[':
                open.Push(c);
                last = c;
                return;
            case '}' or ']':
                if (last == ',')
                {
                    throw Error($"A trailing comma before '{c}' is not JSON.");
                }

                if (open.Count > 0)
                {
                    open.Pop();
                }

                Value();
                return;
            case ',' or ':':
                last = c;
                return;
            case '"':
                state = State.InString;
                StartScalar();
                return;
            case '\'':
                throw Error("JSON strings and keys are written in double quotes (\"…\"), not single quotes.");
            case '-' or (>= '0' and <= '9') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'):
                state = State.InWord;
                wordStart = (line, column);
                word.Clear().Append(c);
                return;
            default:
                throw Error($"Unexpected character U+{(int)c:X4} ('{DisplayText.Escape(c.ToString())}') in JSON.");
        }
    }

    private void StartScalar()
    {
        scalarStart = (line, column);
        scalarLength = 0;
    }

    private void EndWord()
    {
        if (state != State.InWord)
        {
            return;
        }

        state = State.Between;
        var text = word.ToString();
        if (char.IsAsciiLetter(text[0]))
        {
            if (text is not ("true" or "false" or "null"))
            {
                throw Error($"'{text}' is not a JSON value: keys and strings are quoted (\"…\"), and the only bare words are true, false and null.", wordStart);
            }
        }
        else if (!Number().IsMatch(text))
        {
            throw Error($"'{text}' is not a JSON number: no hex, octal, leading zeros, '+', NaN or Infinity (RFC 8259).", wordStart);
        }
        else
        {
            Numbers.Enqueue(text);
        }

        Value();
    }

    /// <summary>A value ended; at the top level it is the whole document.</summary>
    private void Value()
    {
        last = 'v';
        done = open.Count == 0;
    }

    private void Advance(char c)
    {
        if (c == '\n' && afterCr)
        {
            afterCr = false;
            return;
        }

        afterCr = c == '\r';
        if (c is '\n' or '\r')
        {
            line++;
            column = 0;
        }
        else
        {
            column++;
        }
    }

    private GraphFormatException Error(string message) => Error(message, (line, Math.Max(1, column)));

    private GraphFormatException Error(string message, (int Line, int Column) at) =>
        new(new GraphError($"Invalid JSON: {message}", new FilePosition(name, at.Line, at.Column)));

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
