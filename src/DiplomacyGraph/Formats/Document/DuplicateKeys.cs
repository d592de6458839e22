namespace DiplomacyGraph.Formats.Document;

/// <summary>The duplicate-key rule every parser applies to a mapping while it reads it.</summary>
internal static class DuplicateKeys
{
    private const int ScanLimit = 16;

    /// <summary>
    /// Whether a mapping already has the key. Dataset mappings have a handful of keys, so a scan beats a hash set
    /// made per mapping; past <see cref="ScanLimit"/> keys (a large attribute map) a set takes over.
    /// </summary>
    public static bool IsDuplicate(List<KeyValuePair<DocumentScalar, DocumentNode>> entries, string key, ref HashSet<string>? keys)
    {
        if (keys is null && entries.Count < ScanLimit)
        {
            foreach (var entry in entries)
            {
                if (entry.Key.Value == key)
                {
                    return true;
                }
            }

            return false;
        }

        keys ??= new HashSet<string>(entries.Select(e => e.Key.Value), StringComparer.Ordinal);
        return !keys.Add(key);
    }
}
