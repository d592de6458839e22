namespace DiplomacyGraph.Queries;

/// <summary>
/// Reusable per-thread arrays for the searches over <see cref="StepAdjacency"/>: marks stamped with a generation number, so a new
/// search starts without clearing anything; predecessors; distances; two queues. Grows to the largest graph searched on the thread.
/// </summary>
internal sealed class SearchScratch
{
    [ThreadStatic]
    private static SearchScratch? current;

    private int generation;

    private SearchScratch(int size)
    {
        MarkF = new int[size];
        MarkB = new int[size];
        PrevF = new int[size];
        PrevB = new int[size];
        DistF = new int[size];
        DistB = new int[size];
        QueueF = new int[size];
        QueueB = new int[size];
    }

    public int[] MarkF { get; }

    public int[] MarkB { get; }

    public int[] PrevF { get; }

    public int[] PrevB { get; }

    public int[] DistF { get; }

    public int[] DistB { get; }

    public int[] QueueF { get; }

    public int[] QueueB { get; }

    /// <summary>This thread's scratch for a graph of <paramref name="size"/> entities, with a fresh generation (never 0).</summary>
    public static SearchScratch For(int size, out int stamp)
    {
        var scratch = current;
        if (scratch is null || scratch.MarkF.Length < size)
        {
            current = scratch = new SearchScratch(Math.Max(size, 16));
        }

        if (scratch.generation == int.MaxValue)
        {
            Array.Clear(scratch.MarkF);
            Array.Clear(scratch.MarkB);
            scratch.generation = 0;
        }

        stamp = ++scratch.generation;
        return scratch;
    }
}
