namespace DiplomacyGraph.Formats;

/// <summary>
/// How far a long piece of work has got, reported through <see cref="IProgress{T}"/>: a load counts bytes read, a
/// save characters written, a generation relations made.
/// </summary>
public sealed class GraphProgress
{
    /// <summary>Creates a report.</summary>
    /// <param name="done">How many are done.</param>
    /// <param name="total">How many there are in all, when known.</param>
    public GraphProgress(long done, long? total)
    {
        Done = done;
        Total = total;
    }

    /// <summary>How many are done.</summary>
    public long Done { get; }

    /// <summary>How many there are in all, when known.</summary>
    public long? Total { get; }
}
