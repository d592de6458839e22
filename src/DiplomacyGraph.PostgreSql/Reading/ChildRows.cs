namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>Rows of a child table gathered per owner and put back in position order (read unsorted, sorted per owner).</summary>
internal sealed class ChildRows<T>
{
    private readonly Dictionary<string, List<(int Position, T Value)>> byOwner = new(StringComparer.Ordinal);

    public void Add(string owner, int position, T value)
    {
        if (!byOwner.TryGetValue(owner, out var list))
        {
            byOwner[owner] = list = [];
        }

        list.Add((position, value));
    }

    /// <summary>The owner's values in position order; empty when it has none.</summary>
    public IEnumerable<T> Of(string owner)
    {
        if (!byOwner.TryGetValue(owner, out var list))
        {
            return [];
        }

        if (list.Count > 1)
        {
            list.Sort((a, b) => a.Position.CompareTo(b.Position));
        }

        return list.Select(p => p.Value);
    }
}
