using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace DiplomacyGraph.Model;

/// <summary>
/// A relation's compactly held attributes read as a dictionary: a shared <see cref="AttributeTemplate"/> (keys and shared
/// values) and the one value the relation holds on its own as a number, formatted when read. The relation keeps only the
/// template and the number (8 bytes of its own instead of a dictionary of about 60 bytes a key); this view is made when the
/// validator reads them, and <see cref="Relation.Attributes"/> makes the sorted dictionary from it.
/// </summary>
internal sealed class PackedAttributes(AttributeTemplate template, double number) : IReadOnlyDictionary<string, string>
{
    public AttributeTemplate Template { get; } = template;

    public int Count => Template.Count;

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<string> Values => this.Select(p => p.Value);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No attribute '{key}'.");

    public bool ContainsKey(string key) => Template.IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = Template.IndexOf(key);
        value = index < 0 ? null : Template.Value(index, number);
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < Template.Count; i++)
        {
            yield return new(Template.Key(i), Template.Value(i, number));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The attributes as the public sorted dictionary.</summary>
    public ImmutableSortedDictionary<string, string> ToImmutable() => ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, this);
}
