using System.Collections;

namespace DiplomacyGraph;

/// <summary>
/// The problems of one load or build, bounded: the first <see cref="GraphFormatException.MaxErrors"/> are kept, the
/// rest only counted (<see cref="Omitted"/>). A file of millions of broken values (<c>a,a,a,…</c>, a sea of
/// <c>null</c>s) then costs a constant amount of memory for its errors instead of gigabytes.
/// </summary>
internal sealed class ErrorList : IReadOnlyList<GraphError>
{
    private readonly List<GraphError> kept = [];

    /// <summary>How many problems were found past the bound and not kept.</summary>
    public int Omitted { get; private set; }

    public int Count => kept.Count;

    public GraphError this[int index] => kept[index];

    public void Add(GraphError error)
    {
        if (kept.Count < GraphFormatException.MaxErrors)
        {
            kept.Add(error);
        }
        else
        {
            Omitted++;
        }
    }

    /// <summary>Counts problems another list found past its own bound.</summary>
    public void AddOmitted(int count) => Omitted += count;

    /// <summary>Takes every problem of <paramref name="other"/>, kept and omitted.</summary>
    public void AddAll(ErrorList other)
    {
        foreach (var error in other.kept)
        {
            Add(error);
        }

        AddOmitted(other.Omitted);
    }

    public IEnumerator<GraphError> GetEnumerator() => kept.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
