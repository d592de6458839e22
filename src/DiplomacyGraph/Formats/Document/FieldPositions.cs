using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Where each field of one element is (<c>to</c>, <c>citations[0].quote</c>), kept after the element's buffer is
/// dropped: one flat array of (key, parent, line, column), 16 bytes a field and no references for the collector to
/// trace — a key is the number of a schema name (<see cref="FieldNames"/>), -1 for a list item (its index is its place
/// among its siblings), or a name outside the schema kept beside. No tree; paths are made only when an error asks.
/// </summary>
internal sealed class FieldPositions : IReadOnlyDictionary<string, FilePosition>
{
    private const int ListItem = -1;
    private readonly string file;
    private readonly Field[] fields;
    private List<string>? others;

    public FieldPositions(DocumentMapping element)
    {
        file = element.File ?? string.Empty;
        fields = new Field[NodesBelow(element)];
        var next = 0;
        Flatten(element, -1, ref next);
    }

    public int Count => fields.Length;

    public IEnumerable<string> Keys => Enumerable.Range(0, fields.Length).Select(PathOf);

    public IEnumerable<FilePosition> Values => fields.Select(At);

    public FilePosition this[string key] => TryGetValue(key, out var at) ? at : throw new KeyNotFoundException($"No field '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>Follows a path of keys and <c>[index]</c> steps down from the element.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out FilePosition value)
    {
        value = null;
        var node = -1;
        var rest = key.AsSpan();
        while (rest.Length > 0)
        {
            if (rest[0] == '[')
            {
                var close = rest.IndexOf(']');
                if (close < 0 || !int.TryParse(rest[1..close], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return false;
                }

                node = Child(node, null, index);
                rest = rest[(close + 1)..];
            }
            else
            {
                rest = rest[0] == '.' ? rest[1..] : rest;
                var end = rest.IndexOfAny('.', '[');
                node = Child(node, end < 0 ? rest : rest[..end], 0);
                rest = end < 0 ? [] : rest[end..];
            }

            if (node < 0)
            {
                return false;
            }
        }

        if (node < 0)
        {
            return false;
        }

        value = At(fields[node]);
        return true;
    }

    public IEnumerator<KeyValuePair<string, FilePosition>> GetEnumerator() =>
        Enumerable.Range(0, fields.Length).Select(i => new KeyValuePair<string, FilePosition>(PathOf(i), At(fields[i]))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int NodesBelow(DocumentNode node)
    {
        var count = 0;
        switch (node)
        {
            case DocumentMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    count += 1 + NodesBelow(entry.Value);
                }

                break;
            case DocumentSequence sequence:
                foreach (var item in sequence.Items)
                {
                    count += 1 + NodesBelow(item);
                }

                break;
        }

        return count;
    }

    private void Flatten(DocumentNode node, int parent, ref int next)
    {
        switch (node)
        {
            case DocumentMapping mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    var at = next++;
                    fields[at] = Field.Of(KeyId(key.Value), parent, value);
                    Flatten(value, at, ref next);
                }

                break;
            case DocumentSequence sequence:
                foreach (var item in sequence.Items)
                {
                    var at = next++;
                    fields[at] = Field.Of(ListItem, parent, item);
                    Flatten(item, at, ref next);
                }

                break;
        }
    }

    private int KeyId(string key)
    {
        var id = FieldNames.Id(key);
        if (id >= 0)
        {
            return id;
        }

        others ??= [];
        others.Add(key);
        return FieldNames.Count + others.Count - 1;
    }

    private string? KeyOf(in Field field) =>
        field.Key == ListItem ? null : field.Key < FieldNames.Count ? FieldNames.Name(field.Key) : others![field.Key - FieldNames.Count];

    /// <summary>A list item's index: how many items of the same list come before it.</summary>
    private int IndexOf(int at)
    {
        var index = 0;
        var parent = fields[at].Parent;
        for (var i = parent + 1; i < at; i++)
        {
            if (fields[i].Parent == parent && fields[i].Key == ListItem)
            {
                index++;
            }
        }

        return index;
    }

    private int Child(int parent, ReadOnlySpan<char> key, int index)
    {
        var byIndex = key.Length == 0;
        var seen = 0;
        for (var i = parent + 1; i < fields.Length; i++)
        {
            ref readonly var field = ref fields[i];
            if (field.Parent != parent)
            {
                continue;
            }

            if (byIndex ? field.Key == ListItem && seen++ == index : field.Key != ListItem && key.SequenceEqual(KeyOf(field)))
            {
                return i;
            }
        }

        return -1;
    }

    private string PathOf(int i)
    {
        var field = fields[i];
        var key = KeyOf(field);
        var step = key ?? string.Create(CultureInfo.InvariantCulture, $"[{IndexOf(i)}]");
        if (field.Parent < 0)
        {
            return step;
        }

        var parent = PathOf(field.Parent);
        return key is null ? parent + step : $"{parent}.{step}";
    }

    private FilePosition At(Field field) => new(file, field.Line, field.Column);

    private readonly record struct Field(int Key, int Parent, int Line, int Column)
    {
        public static Field Of(int key, int parent, DocumentNode value) => new(key, parent, Math.Max(1, value.Line), Math.Max(1, value.Column));
    }
}
