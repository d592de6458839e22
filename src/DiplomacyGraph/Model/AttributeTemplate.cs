namespace DiplomacyGraph.Model;

/// <summary>
/// The shared part of many relations' attributes: the keys, ordered by ordinal comparison, and their values, all but at
/// most one that each relation holds as a number (<see cref="NumberSlot"/>; a GDELT tone, which differs from row to
/// row). Rows that agree on every other value (the CAMEO code, its description, the Goldstein score…) share one template.
/// </summary>
internal sealed class AttributeTemplate
{
    private readonly string[] keys;
    private readonly string?[] values;

    /// <summary>A template of the pairs (keys distinct); <paramref name="numberKey"/>, when given, is the key whose value each relation holds.</summary>
    public AttributeTemplate(IReadOnlyList<KeyValuePair<string, string?>> pairs, string? numberKey = null)
    {
        keys = new string[pairs.Count];
        values = new string?[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            keys[i] = pairs[i].Key;
            values[i] = pairs[i].Value;
        }

        Array.Sort(keys, values, StringComparer.Ordinal);
        NumberSlot = numberKey is null ? -1 : Array.BinarySearch(keys, numberKey, StringComparer.Ordinal);
        if (numberKey is not null && NumberSlot < 0)
        {
            throw new ArgumentException($"The number key '{numberKey}' is not among the keys.", nameof(numberKey));
        }
    }

    /// <summary>The index of the key whose value each relation holds as a number, or −1.</summary>
    public int NumberSlot { get; }

    public int Count => keys.Length;

    public string Key(int index) => keys[index];

    /// <summary>The value at <paramref name="index"/>; the slot's value is formatted from <paramref name="number"/>.</summary>
    public string Value(int index, double number) =>
        index == NumberSlot ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : values[index]!;

    public int IndexOf(string key) => Array.BinarySearch(keys, key, StringComparer.Ordinal);
}
