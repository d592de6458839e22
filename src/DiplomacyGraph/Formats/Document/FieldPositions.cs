using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Where each field of one element is (<c>to</c>, <c>citations[0].quote</c>), kept after the element's buffer is
/// dropped: one flat array of (key or index, parent, line, column), no strings of its own (keys are the parser's
/// shared names), no tree. Paths are made only when an error asks.
/// </summary>
internal sealed class FieldPositions : IReadOnlyDictionary<string, FilePosition>
{
    private readonly string file;
    private readonly Field[] fields;

    public FieldPositions(DocumentMapping element)
    {
        file = element.File ?? string.Empty;
        fields = new Field[NodesBelow(element)];
        var next = 0;
        Flatten(element, -1, fields, ref next);
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

    private static void Flatten(DocumentNode node, int parent, Field[] found, ref int next)
    {
        switch (node)
        {
            case DocumentMapping mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    var at = next++;
                    found[at] = Field.Of(key.Value, 0, parent, value);
                    Flatten(value, at, found, ref next);
                }

                break;
            case DocumentSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var at = next++;
                    found[at] = Field.Of(null, i, parent, sequence.Items[i]);
                    Flatten(sequence.Items[i], at, found, ref next);
                }

                break;
        }
    }

    private int Child(int parent, ReadOnlySpan<char> key, int index)
    {
        var byIndex = key.Length == 0;
        for (var i = parent + 1; i < fields.Length; i++)
        {
            ref readonly var field = ref fields[i];
            if (field.Parent == parent && (byIndex ? field.Key is null && field.Index == index : field.Key is not null && key.SequenceEqual(field.Key)))
            {
                return i;
            }
        }

        return -1;
    }

    private string PathOf(int i)
    {
        var field = fields[i];
        var step = field.Key ?? string.Create(CultureInfo.InvariantCulture, $"[{field.Index}]");
        if (field.Parent < 0)
        {
            return step;
        }

        var parent = PathOf(field.Parent);
        return field.Key is null ? parent + step : $"{parent}.{step}";
    }

    private FilePosition At(Field field) => new(file, field.Line, field.Column);

    private readonly record struct Field(string? Key, int Index, int Parent, int Line, int Column)
    {
        public static Field Of(string? key, int index, int parent, DocumentNode value) =>
            new(key is null ? null : FieldNames.Shared(key), index, parent, Math.Max(1, value.Line), Math.Max(1, value.Column));
    }
}
