namespace DiplomacyGraph.Testing;

/// <summary>
/// Draws items with probability proportional to 1 / rank (Zipf's law, exponent 1): the first few items are drawn
/// far more often than the rest, as a handful of states and ministers dominate real event data.
/// </summary>
internal sealed class ZipfSampler<T>
{
    private readonly IReadOnlyList<T> items;
    private readonly double[] cumulative;

    /// <summary>Items in rank order (the first is the most frequent).</summary>
    public ZipfSampler(IReadOnlyList<T> items)
    {
        if (items.Count == 0)
        {
            throw new ArgumentException("A sampler needs at least one item.", nameof(items));
        }

        this.items = items;
        cumulative = new double[items.Count];
        var total = 0.0;
        for (var rank = 0; rank < items.Count; rank++)
        {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }
    }

    /// <summary>One item, drawn by rank weight.</summary>
    public T Next(SplitMix64 random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        index = index < 0 ? ~index : index;
        return items[Math.Min(index, items.Count - 1)];
    }
}
