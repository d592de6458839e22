namespace DiplomacyGraph;

/// <summary>
/// Where each trusted relation of a <see cref="GraphBuilder"/> was read (<see cref="GraphBuilder.AddTrustedRelation"/>):
/// its file and line kept as numbers, not as a located element per relation (two objects each for a million imported
/// rows), and made into one only when an error needs it. Indexed like the builder's relations.
/// </summary>
internal sealed class TrustedRows
{
    // The line of relation i, 0 for a relation added otherwise; relations added after the last trusted one have no entry.
    private readonly List<int> lines = [];

    // The file of the trusted relations from each index on: a new entry only when the file changes.
    private readonly List<(int From, string File)> files = [];

    /// <summary>Whether any relation was added as trusted.</summary>
    public bool IsEmpty => files.Count == 0;

    /// <summary>Records that relation <paramref name="index"/> is trusted, read at <paramref name="line"/> of <paramref name="file"/>.</summary>
    public void Add(int index, string file, int line)
    {
        while (lines.Count < index)
        {
            lines.Add(0);
        }

        lines.Add(line);
        if (files.Count == 0 || !string.Equals(files[^1].File, file, StringComparison.Ordinal))
        {
            files.Add((index, file));
        }
    }

    /// <summary>Whether relation <paramref name="index"/> was added as trusted.</summary>
    public bool Contains(int index) => index < lines.Count && lines[index] > 0;

    /// <summary>Where trusted relation <paramref name="index"/> was read (its row, column 1), or <see langword="null"/> for any other relation.</summary>
    public ElementPositions? At(int index)
    {
        if (!Contains(index))
        {
            return null;
        }

        var f = files.Count - 1;
        while (files[f].From > index)
        {
            f--;
        }

        return new ElementPositions(new FilePosition(files[f].File, lines[index], 1));
    }

    /// <summary>Lets go of every row (a loader's builder after its build).</summary>
    public void Clear()
    {
        lines.Clear();
        lines.TrimExcess();
        files.Clear();
    }
}
