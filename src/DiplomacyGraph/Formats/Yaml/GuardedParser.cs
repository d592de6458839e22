using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DiplomacyGraph.Formats.Yaml;

/// <summary>
/// Wraps YamlDotNet's parser so that any exception it throws on malformed input becomes a
/// <see cref="YamlException"/> at the last position it reached. Fuzzing found inputs on which YamlDotNet's
/// scanner throws <see cref="InvalidOperationException"/> instead of a syntax error; whatever the parser
/// throws, the input is what it could not read, and the caller turns that into a located format error.
/// </summary>
internal sealed class GuardedParser(IParser inner) : IParser
{
    private Mark reached = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        try
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                reached = current.End;
            }

            return moved;
        }
        catch (Exception e) when (e is not (YamlException or GraphFormatException or OutOfMemoryException))
        {
            throw new YamlException(reached, reached, $"The YAML parser could not read past here: {e.Message}", e);
        }
    }
}
