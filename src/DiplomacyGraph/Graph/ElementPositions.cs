using System.Collections.Immutable;

namespace DiplomacyGraph;

/// <summary>
/// Where an element handed to <see cref="GraphBuilder"/> was written, and where each of its fields was,
/// so that a validation error can point at the exact field. Only loaders make them: loader plumbing, not public API.
/// </summary>
internal sealed class ElementPositions
{
    /// <summary>Creates a location for an element; an error in any of its fields points at the element.</summary>
    /// <param name="element">Where the element starts.</param>
    internal ElementPositions(FilePosition element)
        : this(element, null)
    {
    }

    /// <summary>A location for an element and its fields, keyed by field path (<c>to</c>, <c>citations[0].quote</c>): loaders make these.</summary>
    internal ElementPositions(FilePosition element, IReadOnlyDictionary<string, FilePosition>? fields)
    {
        Element = element;
        Fields = fields ?? ImmutableDictionary<string, FilePosition>.Empty;
    }

    /// <summary>Where the element starts.</summary>
    internal FilePosition Element { get; }

    /// <summary>Where each field's value is, keyed by field path.</summary>
    internal IReadOnlyDictionary<string, FilePosition> Fields { get; }

    /// <summary>
    /// The location of a field path, or of its nearest enclosing field (<c>citations[0]</c> for
    /// <c>citations[0].quote</c>), or of the element itself.
    /// </summary>
    internal FilePosition Of(string field)
    {
        for (var path = field; path.Length > 0; path = Parent(path))
        {
            if (Fields.TryGetValue(path, out var at))
            {
                return at;
            }
        }

        return Element;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
