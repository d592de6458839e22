using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Where each field of one element is (<c>to</c>, <c>citations[0].quote</c>), read from the element's document
/// tree only when an error asks: an index kept per element would cost a dictionary and a string per field for
/// every element of a million-relation file, where almost no lookup ever happens.
/// </summary>
internal sealed class DocFieldLocations(DocMapping element) : IReadOnlyDictionary<string, TextLocation>
{
    public int Count => All().Count();

    public IEnumerable<string> Keys => All().Select(p => p.Key);

    public IEnumerable<TextLocation> Values => All().Select(p => p.Value);

    public TextLocation this[string key] => TryGetValue(key, out var at) ? at : throw new KeyNotFoundException($"No field '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>Follows a path of keys and <c>[index]</c> steps down from the element.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TextLocation value)
    {
        value = null;
        DocNode? node = element;
        var rest = key.AsSpan();
        while (rest.Length > 0 && node is not null)
        {
            if (rest[0] == '[')
            {
                var close = rest.IndexOf(']');
                if (close < 0 || node is not DocSequence sequence || !int.TryParse(rest[1..close], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= sequence.Items.Count)
                {
                    return false;
                }

                node = sequence.Items[index];
                rest = rest[(close + 1)..];
            }
            else
            {
                rest = rest[0] == '.' ? rest[1..] : rest;
                var end = rest.IndexOfAny('.', '[');
                var name = end < 0 ? rest : rest[..end];
                node = node is DocMapping mapping ? Entry(mapping, name) : null;
                rest = end < 0 ? [] : rest[end..];
            }
        }

        value = node?.Location;
        return value is not null && !ReferenceEquals(node, element);
    }

    public IEnumerator<KeyValuePair<string, TextLocation>> GetEnumerator() => All().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static DocNode? Entry(DocMapping mapping, ReadOnlySpan<char> name)
    {
        foreach (var (key, value) in mapping.Entries)
        {
            if (name.SequenceEqual(key.Value))
            {
                return value;
            }
        }

        return null;
    }

    private IEnumerable<KeyValuePair<string, TextLocation>> All() => Below(element, string.Empty);

    private static IEnumerable<KeyValuePair<string, TextLocation>> Below(DocNode node, string path)
    {
        var children = node switch
        {
            DocMapping mapping => mapping.Entries.Select(e => (Path: path.Length == 0 ? e.Key.Value : $"{path}.{e.Key.Value}", Node: e.Value)),
            DocSequence sequence => sequence.Items.Select((item, i) => (Path: string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), Node: item)),
            _ => [],
        };
        foreach (var (childPath, child) in children)
        {
            if (child.Location is { } at)
            {
                yield return new(childPath, at);
            }

            foreach (var below in Below(child, childPath))
            {
                yield return below;
            }
        }
    }
}
