namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// A map keyed by text that is looked up by a span of the row buffer, so that a value seen before (an actor, a URL, a
/// CAMEO code) costs no string: the key's string is made only when it is added. Open addressing, grown at half full.
/// </summary>
internal sealed class SpanMap<T>
{
    private string?[] keys = new string?[256];
    private T[] values = new T[256];
    private int count;

    public bool TryGetValue(ReadOnlySpan<char> key, out T value)
    {
        var mask = keys.Length - 1;
        for (var i = string.GetHashCode(key) & mask; keys[i] is { } k; i = (i + 1) & mask)
        {
            if (key.SequenceEqual(k))
            {
                value = values[i];
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Adds a key not yet in the map.</summary>
    public void Add(ReadOnlySpan<char> key, T value) => Insert(new string(key), value);

    private void Insert(string key, T value)
    {
        if ((count + 1) * 2 > keys.Length)
        {
            Grow();
        }

        var mask = keys.Length - 1;
        var i = string.GetHashCode(key.AsSpan()) & mask;
        while (keys[i] is not null)
        {
            i = (i + 1) & mask;
        }

        keys[i] = key;
        values[i] = value;
        count++;
    }

    private void Grow()
    {
        var (oldKeys, oldValues) = (keys, values);
        keys = new string?[oldKeys.Length * 2];
        values = new T[oldKeys.Length * 2];
        count = 0;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] is { } key)
            {
                Insert(key, oldValues[i]);
            }
        }
    }
}
